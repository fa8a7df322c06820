#!/usr/bin/env python3
"""Qualify translation contexts with their C++ namespace.

Qt 6.4's lupdate does not understand nested namespace definitions
(`namespace doorstep::ui {`), so it names a context `LoginDialog` where the
running program asks for `doorstep::ui::LoginDialog`. Refreshing the translations from the code is therefore three steps:
    translations/qualify_contexts.py --strip translations/*.ts
    lupdate -no-obsolete -locations none ui models app/doorstep -ts translations/*.ts
    translations/qualify_contexts.py translations/*.ts
"""
import pathlib
import re
import sys


def open_namespace(text):
    """The namespace still open at the end of `text`, by brace depth: a
    nested block that only forward-declares (`namespace charts { class
    BarChart; }`) is closed again and must not name the class after it."""
    stack = []
    depth = 0
    for token in re.finditer(r"^namespace ([\w:]+) \{|[{}]", text, re.M):
        if token.group(1):
            depth += 1
            stack.append((token.group(1), depth))
        elif token.group(0) == "{":
            depth += 1
        else:
            if stack and stack[-1][1] == depth:
                stack.pop()
            depth -= 1
    return "::".join(name for name, _ in stack)

root = pathlib.Path(__file__).resolve().parent.parent
qualified = {}
declared = set()  # Q_DECLARE_TR_FUNCTIONS(X) contexts are the literal X
for source in list(root.glob("ui/**/*.h")) + list(root.glob("models/**/*.h")) + list(root.glob("app/**/*.h")):
    text = source.read_text(encoding="utf-8")
    declared.update(re.findall(r"Q_DECLARE_TR_FUNCTIONS\((\w+)\)", text))
    for match in re.finditer(r"^class (\w+)\b[^;\n]*\n\{[\s\S]*?Q_OBJECT", text, re.M):
        namespace = open_namespace(text[: match.start()])
        if namespace:
            qualified.setdefault(match.group(1), namespace + "::" + match.group(1))

strip = "--strip" in sys.argv
for ts in [a for a in sys.argv[1:] if a != "--strip"]:
    path = pathlib.Path(ts)
    text = path.read_text(encoding="utf-8")

    def fix(match):
        name = match.group(1).split("::")[-1]
        if strip:
            return "<name>%s</name>" % name
        return "<name>%s</name>" % (name if name in declared else qualified.get(name, name))

    path.write_text(re.sub(r"<name>([\w:]+)</name>", fix, text), encoding="utf-8")
