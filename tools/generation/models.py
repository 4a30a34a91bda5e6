"""What the model templates need beyond the generator's own facts, as Jinja globals.

The generator's property objects describe a value as optional (Unset) or required; the
package's models read an absent key as None and keep which keys were an explicit null, so
the templates render a property as if required (`required`), decide whether null is a value
it takes (`accepts_null`), and write its reader's type (`reader_type`).

The generator also adds a `_` to every name that is a Python builtin (`type_`, `format_`);
a model's attribute keeps the JSON name wherever Python allows it (`run.type`), as the
official SDK's models do (`attribute`): only a keyword, or a name the class body itself uses
(in an annotation, a decorator, a method), keeps the `_`.
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


GLOBALS = {
    "required": required,
    "accepts_null": accepts_null,
    "reader_type": reader_type,
    "attribute": attribute,
    "declaration": declaration,
    "docstring_line": docstring_line,
}
