#!/usr/bin/python3
"""bench/ocr_blind_chars.py — which characters of names Tesseract's chi_sim
model cannot read at all.

Every CJK character of the party, 法定代表人 and judge names in the
development sets (tests/data/extract_dev*) is drawn clean, black on white,
50 px high, in four fonts (Noto Serif/Sans CJK, AR PL UKai/UMing), first in
lines of twelve such characters, then each one in a sentence
(「被执行人X国华，男，住某市。」) so the model has its context, and read by
`tesseract - -l LANG --psm 7`. A character is *blind* when no font's
reading holds it. Prints the counts and the characters, and what the model
reads for some of them.

With --gb2312, every character of GB 2312 (6,763: level 1, the 3,755
common ones, and level 2) is drawn in the name slot of that sentence, thirty
sentences a page (`--psm 6`), in the four fonts, and the script prints the
characters src/ocr/glyph.c lists: of level 1 those read in at most one font,
of level 2 those read in one or two (the ones never read are mostly not in
the model at all, and rare), and level 2's surnames (src/ocr/surnames.c)
never read. This pass uses no document and no development set.

Usage: bench/ocr_blind_chars.py [LANG] [--gb2312]   (default chi_sim; needs python3-pil,
fonts-noto-cjk, fonts-arphic-ukai, fonts-arphic-uming, tesseract-ocr)
"""
import collections
import difflib
import glob
import json
import os
import re
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

from PIL import Image, ImageDraw, ImageFont

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FONTS = {
    'Noto Serif CJK': '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc',
    'Noto Sans CJK': '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
    'AR PL UKai': '/usr/share/fonts/truetype/arphic/ukai.ttc',
    'AR PL UMing': '/usr/share/fonts/truetype/arphic/uming.ttc',
}
FIELDS = ('party', 'legal_rep', 'judge')


def name_chars():
    chars = set()
    for path in glob.glob(os.path.join(HERE, 'tests/data/extract_dev*/*.json')):
        with open(path, encoding='utf-8') as f:
            for fact in json.load(f)['facts']:
                if fact['field'] in FIELDS:
                    chars.update(ch for ch in str(fact['value']) if '\u4e00' <= ch <= '\u9fff')
    return sorted(chars)


def draw(text, font, path):
    img = Image.new('L', (60 * len(text) + 80, 110), 255)
    ImageDraw.Draw(img).text((30, 20), text, font=font, fill=0)
    img.save(path)


def read(lang, path):
    env = dict(os.environ, OMP_THREAD_LIMIT='1')
    out = subprocess.run(['tesseract', path, '-', '-l', lang, '--psm', '7'], capture_output=True,
                         text=True, env=env).stdout
    return ''.join(out.split())


def gb2312():
    """GB 2312's hanzi in code order: level 1 (rows 16–55), then level 2 (56–87)."""
    out = []
    for b1 in range(0xB0, 0xF8):
        for b2 in range(0xA1, 0xFF):
            try:
                out.append(bytes([b1, b2]).decode('gb2312'))
            except UnicodeDecodeError:
                pass
    return out


def read_page(lang, chars, font, path):
    """How each of chars reads in the name slot, thirty sentences a page."""
    img = Image.new('L', (900, 90 * len(chars) + 80), 255)
    d = ImageDraw.Draw(img)
    for i, c in enumerate(chars):
        d.text((40, 40 + 90 * i), f'被执行人{c}国华，男。', font=font, fill=0)
    img.save(path)
    env = dict(os.environ, OMP_THREAD_LIMIT='1')
    out = subprocess.run(['tesseract', path, '-', '-l', lang, '--psm', '6'], capture_output=True,
                         text=True, env=env).stdout
    got = [''.join(line.split()) for line in out.splitlines() if line.strip()]
    if len(got) != len(chars):
        return None
    return [(m.group(1) if (m := re.search('人(.)国', g)) else g[4:5]) for g in got]


def gb2312_pass(lang, fonts):
    chars = gb2312()
    seen = collections.Counter()
    lost = 0
    with tempfile.TemporaryDirectory() as tmp, ThreadPoolExecutor(2) as pool:
        jobs = []
        for font in fonts.values():
            for i in range(0, len(chars), 30):
                part = chars[i:i + 30]
                jobs.append((part, pool.submit(read_page, lang, part, font, os.path.join(tmp, f'p{len(jobs)}.png'))))
        for part, job in jobs:
            got = job.result()
            if got is None:
                lost += 1
                continue
            for c, g in zip(part, got):
                seen[c] += c == g
    with open(os.path.join(HERE, 'src/ocr/surnames.c'), encoding='utf-8') as f:
        surnames = set(''.join(re.findall(r'"([^"]*)"', f.read().split('CN_SURNAMES[] =')[1].split(';')[0])))
    level1, level2 = chars[:3755], chars[3755:]
    listed = ([c for c in level1 if seen[c] <= 1] + [c for c in level2 if 1 <= seen[c] <= 2] +
              [c for c in level2 if seen[c] == 0 and c in surnames])
    print(f'{lang}: GB 2312, {len(chars)} characters, {len(fonts)} fonts; pages whose lines did not pair: {lost}')
    for k in range(len(fonts) + 1):
        print(f'  read in {k} fonts: level 1 {sum(seen[c] == k for c in level1)}, level 2 {sum(seen[c] == k for c in level2)}')
    print(f'listed for src/ocr/glyph.c: {len(listed)}')
    print(''.join(listed))


def main():
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    lang = args[0] if args else 'chi_sim'
    if '--gb2312' in sys.argv:
        fonts = {k: ImageFont.truetype(p, 48) for k, p in FONTS.items() if os.path.exists(p)}
        return gb2312_pass(lang, fonts)
    chars = name_chars()
    fonts = {k: ImageFont.truetype(p, 50) for k, p in FONTS.items() if os.path.exists(p)}
    with tempfile.TemporaryDirectory() as tmp, ThreadPoolExecutor(2) as pool:
        # lines of twelve characters, no context
        jobs = []
        for name, font in fonts.items():
            for i in range(0, len(chars), 12):
                text = ''.join(chars[i:i + 12])
                path = os.path.join(tmp, f'l{len(jobs)}.png')
                draw(text, font, path)
                jobs.append((text, pool.submit(read, lang, path)))
        seen = collections.Counter()
        misread = collections.defaultdict(collections.Counter)
        for text, job in jobs:
            got = job.result()
            for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, text, got).get_opcodes():
                for k in range(i1, i2):
                    seen[text[k]] += tag == 'equal'
                    if tag == 'replace' and i2 - i1 == j2 - j1:
                        misread[text[k]][got[j1 + k - i1]] += 1
        alone = [c for c in chars if seen[c] == 0]
        # the characters never read alone, again in a sentence
        jobs = []
        for name, font in fonts.items():
            for c in alone:
                path = os.path.join(tmp, f's{len(jobs)}.png')
                draw(f'被执行人{c}国华，男，住某市。', font, path)
                jobs.append((c, pool.submit(read, lang, path)))
        in_context = collections.Counter()
        for c, job in jobs:
            in_context[c] += c in job.result()
    blind = [c for c in alone if in_context[c] == 0]
    print(f'{lang}: {len(chars)} characters of names in the development sets, {len(fonts)} fonts')
    print(f'never read in a line of name characters: {len(alone)}')
    print(f'never read in a sentence either (blind): {len(blind)}  {"".join(blind)}')
    for c in blind[:20]:
        print(f'  {c} read as {" ".join(k for k, _ in misread[c].most_common(4)) or "(nothing)"}')


if __name__ == '__main__':
    main()
