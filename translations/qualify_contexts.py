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

root = pathlib.Path(__file__).resolve().parent.parent
qualified = {}
declared = set()  # Q_DECLARE_TR_FUNCTIONS(X) contexts are the literal X
for source in list(root.glob("ui/**/*.h")) + list(root.glob("models/**/*.h")) + list(root.glob("app/**/*.h")):
    text = source.read_text(encoding="utf-8")
    declared.update(re.findall(r"Q_DECLARE_TR_FUNCTIONS\((\w+)\)", text))
    for match in re.finditer(r"^class (\w+)\b[^;\n]*\n\{[\s\S]*?Q_OBJECT", text, re.M):
        namespaces = re.findall(r"^namespace ([\w:]+) \{", text[: match.start()], re.M)
        if namespaces:
            qualified.setdefault(match.group(1), namespaces[-1] + "::" + match.group(1))

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
