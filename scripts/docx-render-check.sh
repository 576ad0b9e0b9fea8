#!/bin/sh
# Render a draft's DOCX to PDF and to PNG pages for a person to look at the
# layout (docs/drafts.md, "Checking the print"). Needs LibreOffice and
# pdftoppm (Debian: libreoffice-writer-nogui, poppler-utils) — for this check
# only, not for building jianzhi.
#   Usage: scripts/docx-render-check.sh FILE.docx [OUTDIR]
# Machines without the official fonts (仿宋_GB2312, 方正小标宋简体, 宋体) get a
# fontconfig alias to an installed Song (serif) face, so the pages are not
# set in a sans-serif fallback; the fonts used are listed at the end.
set -eu
[ $# -ge 1 ] || { echo "usage: $0 FILE.docx [OUTDIR]" >&2; exit 2; }
docx=$1
out=${2:-$(dirname "$docx")}
for tool in libreoffice pdftoppm fc-list; do
	command -v "$tool" >/dev/null || { echo "$0: $tool not found (apt-get install libreoffice-writer-nogui poppler-utils)" >&2; exit 1; }
done
song=$(fc-list :lang=zh family | tr ',' '\n' | grep -m1 -E '^(Noto Serif CJK SC|Source Han Serif SC|AR PL UMing CN|AR PL SungtiL GB)$' || true)
work=$(mktemp -d "${TMPDIR:-/tmp}/jzrender.XXXXXX")
trap 'rm -rf "$work"' EXIT
{
	echo '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
	echo '<include ignore_missing="yes">/etc/fonts/fonts.conf</include>'
	if [ -n "$song" ]; then
		for f in 仿宋_GB2312 仿宋 方正小标宋简体 宋体; do
			echo "<alias binding=\"same\"><family>$f</family><prefer><family>$song</family></prefer></alias>"
		done
		# 小标宋 is a heavy Song: take the bold face for it
		echo '<match target="pattern"><test name="family"><string>方正小标宋简体</string></test>'
		echo '<edit name="weight" mode="assign"><const>bold</const></edit></match>'
	fi
	echo '</fontconfig>'
} >"$work/fonts.conf"
mkdir -p "$out"
base=$(basename "$docx" .docx)
# a profile of its own, so a running LibreOffice is not disturbed
FONTCONFIG_FILE="$work/fonts.conf" libreoffice -env:UserInstallation="file://$work/profile" \
	--headless --convert-to pdf --outdir "$out" "$docx" >/dev/null 2>&1
pdftoppm -png -r 60 "$out/$base.pdf" "$out/$base"
echo "$out/$base.pdf: $(ls "$out/$base"-*.png | wc -l) pages as PNG ($out/$base-N.png); Song face: ${song:-none found}"
command -v pdffonts >/dev/null && pdffonts "$out/$base.pdf" | tail -n +3 | awk '{print "  font:", $1}'
exit 0
