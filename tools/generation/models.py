"""What the model templates need beyond the generator's own facts, as Jinja globals.

The generator's property objects describe a value as optional (Unset) or required; the
package's models read an absent key as None and keep which keys were an explicit null, so
the templates render a property as if required (`required`), decide whether null is a value
it takes (`accepts_null`), and write its reader's type (`reader_type`).

The generator also adds a `_` to every name that is a Python builtin (`type_`, `format_`);
a model's attribute keeps the JSON name wherever Python allows it (`run.type`), as the
official SDK's models do (`attribute`): only a keyword, or a name the class body itself uses
(in an annotation, a decorator, a method), keeps the `_`.

Each model also gets a flat decoder (`property_templates/decoders.jinja`): `decoder_kind` says
how it reads a property, `fast_decodable` whether it can read every property of a model (if
not, the model's decoder is its `from_dict`), and `decoded_models` which other models'
decoders it calls.
"""

from __future__ import annotations

import keyword
from typing import Any

import attrs
from openapi_python_client.strings import RESERVED_WORDS

# The names a model's class body uses besides its fields (model.py.jinja): a field of one of
# these names would shadow it there.
CLASS_BODY_NAMES = frozenset(
    {
        "property",
        "classmethod",
        "staticmethod",
        "str",
        "int",
        "float",
        "bool",
        "list",
        "dict",
        "frozenset",
        "object",
        "Any",
        "Mapping",
        "Self",
        "datetime",
        "None",
        "additional_properties",
        "additional_keys",
        "to_dict",
        "from_dict",
        "to_json",
    }
)


def attribute(prop: Any) -> str:
    """The model attribute of a property: the generator's name less the `_` it adds to a builtin's,
    unless the class body needs that name."""
    name = str(prop.python_name)
    plain = name[:-1] if name.endswith("_") and name[:-1] in RESERVED_WORDS else name
    if keyword.iskeyword(plain) or plain in CLASS_BODY_NAMES or plain.startswith("_"):
        return name
    return plain


def declaration(prop: Any) -> str:
    """The property's attrs field declaration, under its attribute name."""
    text = str(prop.to_string().as_unembedded_code())
    return attribute(prop) + text[len(str(prop.python_name)) :]


def docstring_line(prop: Any) -> str:
    """The property's line in the class docstring, under its attribute name."""
    text = str(prop.to_docstring())
    return attribute(prop) + text[len(str(prop.python_name)) :]


def required(prop: Any) -> Any:
    """The property as if required: its templates then decode and encode a value, never an absence."""
    return attrs.evolve(prop, required=True)


def _union_members(prop: Any) -> list[str]:
    return str(required(prop).get_type_string().as_unembedded_code()).split(" | ")


def accepts_null(prop: Any) -> bool:
    """Whether JSON null is a value the property takes (a nullable type, or any value)."""
    return _union_members(prop) in (["Any"],) or "None" in _union_members(prop)


def reader_type(prop: Any) -> str:
    """An optional property's type as readers see it: its value, or None when absent."""
    members = [member for member in _union_members(prop) if member != "None"]
    return " | ".join([*members, "None"])


# The generator's property classes the flat decoders read, by what they hold.
_KINDS = {
    "StringProperty": "str",
    "IntProperty": "int",
    "FloatProperty": "float",
    "BooleanProperty": "bool",
    "NoneProperty": "none",
    "AnyProperty": "any",
    "DateTimeProperty": "datetime",
    "ModelProperty": "model",
    "ListProperty": "list",
    "UnionProperty": "union",
}


def decoder_kind(prop: Any) -> str | None:
    """How a flat decoder reads the property's value: "str", "int", "float", "bool", "none", "any",
    "datetime", "enum" (of strings), "model", "list" or "union"; None for a kind it leaves to
    `from_dict` (dates, UUIDs, enums of integers, constants, files)."""
    name = type(prop).__name__
    if name == "EnumProperty":
        return "enum" if prop.value_type is str else None
    return _KINDS.get(name)


def _inner(prop: Any) -> list[Any]:
    kind = decoder_kind(prop)
    if kind == "list":
        return [prop.inner_property]
    if kind == "union":
        return list(prop.inner_properties)
    return []


def _walk(prop: Any) -> list[Any]:
    """The property and every property inside it (list items, union members), depth first."""
    return [prop, *(found for inner in _inner(prop) for found in _walk(inner))]


def _properties(model: Any) -> list[Any]:
    return [found for prop in model.required_properties + model.optional_properties for found in _walk(prop)]


def fast_decodable(model: Any) -> bool:
    """Whether a flat decoder can read every property of the model (else it is `from_dict`)."""
    return all(decoder_kind(prop) is not None for prop in _properties(model))


def takes_nulls(model: Any) -> bool:
    """Whether an optional property of the model takes null (so decoding keeps which keys had it)."""
    return any(accepts_null(prop) for prop in model.optional_properties)


def decoder_kinds(model: Any) -> set[str]:
    """Every kind of value the model's flat decoder reads (for the module-level names it needs)."""
    return {str(decoder_kind(prop)) for prop in _properties(model)}


def _decoded(model: Any, kind: str) -> list[tuple[str, str]]:
    """(class, module) of each class of `kind` the model's flat decoder reads values with, once each."""
    found = {
        prop.class_info.name: prop.class_info.module_name
        for prop in _properties(model)
        if decoder_kind(prop) == kind
    }
    return sorted(found.items())


def decoded_models(model: Any) -> list[tuple[str, str]]:
    """(class, module) of each model the model's flat decoder calls the decoder of, once each."""
    return _decoded(model, "model")


def decoded_enums(model: Any) -> list[tuple[str, str]]:
    """(class, module) of each enum of strings the model's flat decoder looks values up in, once each."""
    return _decoded(model, "enum")


# The msgspec type of a value of each kind that needs no class (a date-time and an enum's value
# are read as strings, then parsed as from_dict parses them).
_STRUCT_TYPES = {
    "str": "str",
    "int": "int",
    "float": "int | float",
    "bool": "bool",
    "none": "None",
    "any": "Any",
    "datetime": "str",
    "enum": "str",
}


def struct_type(prop: Any) -> str:
    """The type of the property's value in the model's msgspec Struct (the `fast` extra): what
    JSON the spec allows there, the value as read before conversion."""
    kind = decoder_kind(prop)
    if kind == "model":
        return f"_Struct_{prop.class_info.name}"
    if kind == "list":
        return f"list[{struct_type(prop.inner_property)}]"
    if kind == "union":
        members: list[str] = []
        for inner in prop.inner_properties:
            for member in struct_type(inner).split(" | "):
                if member not in members:
                    members.append(member)
        return "Any" if "Any" in members else " | ".join(members)
    return _STRUCT_TYPES[str(kind)]


GLOBALS = {
    "struct_type": struct_type,
    "decoder_kind": decoder_kind,
    "fast_decodable": fast_decodable,
    "decoder_kinds": decoder_kinds,
    "takes_nulls": takes_nulls,
    "decoded_models": decoded_models,
    "decoded_enums": decoded_enums,
    "required": required,
    "accepts_null": accepts_null,
    "reader_type": reader_type,
    "attribute": attribute,
    "declaration": declaration,
    "docstring_line": docstring_line,
}
