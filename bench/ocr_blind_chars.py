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

Usage: bench/ocr_blind_chars.py [LANG]    (default chi_sim; needs python3-pil,
fonts-noto-cjk, fonts-arphic-ukai, fonts-arphic-uming, tesseract-ocr)
"""
import collections
import difflib
import glob
import json
import os
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


def main():
    lang = sys.argv[1] if len(sys.argv) > 1 else 'chi_sim'
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
