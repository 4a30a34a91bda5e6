from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding

# What get() gives for an absent key (None is the JSON null), and the common empty set.
_ABSENT = object()
_NO_NULLS: frozenset[str] = frozenset()


# The keys the spec names; any other goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "completionTokens",
        "promptTokens",
    }
)


@_attrs_define
class TokenUsage:
    """Tokens a model call used.

    Attributes:
        completion_tokens (int): Tokens in the model's answer. Example: 64.
        prompt_tokens (int): Tokens in the prompt. Example: 812.
    """

    completion_tokens: int
    prompt_tokens: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        completion_tokens = self.completion_tokens

        prompt_tokens = self.prompt_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "completionTokens": completion_tokens,
                "promptTokens": prompt_tokens,
            }
        )

        return field_dict

    def to_json(self, *, indent: int | None = 2) -> str:
        """The model as JSON text, as `to_dict()` gives it (unknown keys and explicit nulls kept)."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode the JSON object; raises _decoding.DecodeError naming where it does not match the spec."""
        # The key being decoded (with the index, inside a list), for the error's path.
        _key: str | tuple[str, int] = ""
        try:
            _key = "completionTokens"
            completion_tokens = src_dict["completionTokens"]
            if not (isinstance(completion_tokens, int) and not isinstance(completion_tokens, bool)):
                # JSON Schema counts 2.0 as an integer; so does the client.
                if isinstance(completion_tokens, float) and completion_tokens.is_integer():
                    completion_tokens = int(completion_tokens)
                else:
                    raise _decoding.Mismatch("integer", completion_tokens)

            _key = "promptTokens"
            prompt_tokens = src_dict["promptTokens"]
            if not (isinstance(prompt_tokens, int) and not isinstance(prompt_tokens, bool)):
                # JSON Schema counts 2.0 as an integer; so does the client.
                if isinstance(prompt_tokens, float) and prompt_tokens.is_integer():
                    prompt_tokens = int(prompt_tokens)
                else:
                    raise _decoding.Mismatch("integer", prompt_tokens)

            # Attributes set directly, not through cls(...): no keyword packing or __init__ call
            # on decoding's hot path (the classes have no validators or converters to skip).
            token_usage = cls.__new__(cls)
            token_usage.completion_tokens = completion_tokens
            token_usage.prompt_tokens = prompt_tokens
        except Exception as _exc:
            _located = _decoding.locate(_exc, _key, src_dict)
            if _located is _exc:
                raise
            raise _located from _exc

        # The keys the spec doesn't name, in their order. Usually there are none, which counting
        # the named keys that were absent tells without looking at the keys again.
        d = {} if len(src_dict) == 2 else {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
        token_usage.additional_properties = d
        return token_usage

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
