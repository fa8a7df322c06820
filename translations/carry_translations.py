#!/usr/bin/env python3
"""Carries translations over after lupdate.

Qt 6.4's lupdate does not understand `namespace a::b {`, so the strip/qualify
round trip (see README.md) can move a string to another context; lupdate then
marks it new and drops the old entry as obsolete. This fills every unfinished
entry of NEW.ts whose source text (and plural kind) has a translation in
OLD.ts, whatever the context, and lists what is still to translate.

    git show HEAD:translations/doorstep_zh_CN.ts > /tmp/old.ts
    translations/carry_translations.py /tmp/old.ts translations/doorstep_zh_CN.ts
"""
import re
import sys

MESSAGE = re.compile(
    r'<message(?P<num> numerus="yes")?>\s*<source>(?P<src>[^<]*)</source>'
    r'(?P<comment>\s*<comment>[^<]*</comment>)?\s*<translation(?P<attr>[^>]*)>(?P<tr>.*?)</translation>',
    re.S)


def main(old_path, new_path):
    known = {}
    with open(old_path, encoding='utf-8') as f:
        for m in MESSAGE.finditer(f.read()):
            attr = m.group('attr')
            if 'unfinished' in attr or 'vanished' in attr or 'obsolete' in attr or not m.group('tr').strip():
                continue
            known.setdefault((m.group('src'), bool(m.group('num'))), m.group('tr'))
    with open(new_path, encoding='utf-8') as f:
        text = f.read()
    left = []

    def carry(m):
        if 'unfinished' not in m.group('attr'):
            return m.group(0)
        key = (m.group('src'), bool(m.group('num')))
        if key not in known:
            left.append(m.group('src'))
            return m.group(0)
        head = m.group(0)[:m.start('attr') - m.start(0)]
        return head + '>' + known[key] + '</translation>'

    text = MESSAGE.sub(carry, text)
    with open(new_path, 'w', encoding='utf-8') as f:
        f.write(text)
    print(f'{new_path}: {len(left)} still to translate')
    for source in left:
        print('  ' + source)


if __name__ == '__main__':
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
