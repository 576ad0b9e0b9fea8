/* The OCR's glyph check (src/ocr/glyph.c): a line drawn as a printer would,
 * read with the misreadings chi_sim makes of characters it cannot produce
 * or rarely does (鑫 as 镭, 耒 as 未, 孟 as 重, 蕾 as 董, 岚 as 岗, 捌 as 提), gets them back; what was read
 * right stays, and nothing changes when the cells and the characters do not
 * pair up, or when the neighbours are in doubt too; a cell goes to the
 * listed character it is nearest to (磊, not 鑫 of the same build). */
#include "ocr/glyph.h"
#include "tap.h"

#include <ft2build.h>
#include FT_FREETYPE_H
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static FT_Library lib;
static FT_Face face;

/* text drawn in AR PL UMing, 40 px, a CJK character every 46 px, on white */
static PIX *line_of(const char *text)
{
	PIX *pix = pixCreate(46 * 40 + 40, 70, 8);
	pixSetAll(pix);
	FT_Set_Pixel_Sizes(face, 0, 40);
	int x = 20;
	for (const unsigned char *p = (const unsigned char *)text; *p;) {
		unsigned c = *p < 0x80 ? *p++ : ((p[0] & 0x0F) << 12 | (p[1] & 0x3F) << 6 | (p[2] & 0x3F));
		if (c >= 0x80)
			p += 3;
		if (FT_Load_Char(face, c, FT_LOAD_RENDER))
			continue;
		FT_Bitmap *b = &face->glyph->bitmap;
		int top = 52 - face->glyph->bitmap_top, left = x + face->glyph->bitmap_left;
		for (unsigned r = 0; r < b->rows; r++)
			for (unsigned k = 0; k < b->width; k++) {
				int v = b->buffer[r * b->pitch + k];
				if (v && top + (int)r >= 0 && top + (int)r < 70)
					pixSetPixel(pix, left + k, top + r, (l_uint32)(255 - v));
			}
		x += c < 0x80 ? (int)(face->glyph->advance.x >> 6) : 46;    /* digits and letters set close, as printed */
	}
	return pix;
}

/* what glyph_mend_line makes of `read` on a line showing `shown` */
static const char *mend(const char *shown, const char *read, int *changed)
{
	static char buf[256];
	PIX *pix = line_of(shown);
	snprintf(buf, sizeof buf, "%s", read);
	*changed = glyph_mend_line(pix, 10, 5, pixGetWidth(pix) - 20, 60, buf);
	pixDestroy(&pix);
	return buf;
}

int main(void)
{
	if (!glyph_ready() || FT_Init_FreeType(&lib) ||
	    FT_New_Face(lib, "/usr/share/fonts/truetype/arphic/uming.ttc", 0, &face)) {
		printf("1..0 # SKIP the Debian CJK fonts are not installed\n");
		return 0;
	}
	int n;
	is_str(mend("被执行人大连鑫海船舶公司", "被执行人大连镭海船舶公司", &n), "被执行人大连鑫海船舶公司",
	       "鑫 read as 镭 in a company's name: 鑫 again");
	is_int(n, 1, "one character changed");
	is_str(mend("湖南省耒阳市人民法院", "湖南省未阳市人民法院", &n), "湖南省耒阳市人民法院", "耒阳 read as 未阳: 耒阳");
	is_str(mend("被执行人鑫海公司住所地88号", "被执行人镭海公司住所地88号", &n), "被执行人鑫海公司住所地88号",
	       "a line with digits: the characters before them pair with the first cells");
	is_str(mend("案号2023年鑫海公司", "案号2023年镭海公司", &n), "案号2023年鑫海公司",
	       "and those after the last digit with the last cells");
	is_str(mend("审判员孟凡超", "审判员重凡超", &n), "审判员孟凡超", "a judge's surname 孟 read as 重: 孟");
	is_str(mend("审判员田晓蕾", "审判员田晓董", &n), "审判员田晓蕾",
	       "蕾, which the model reads in one font of four, read as 董: 蕾");
	is_str(mend("审判员顾晓岚", "审判员顾晓岗", &n), "审判员顾晓岚",
	       "岚, read in two fonts of four, read as 岗 (a cell still half like 岗): 岚");
	is_str(mend("人民币捌拾柒万元整", "人民币提拾数万元整", &n), "人民币捌拾柒万元整",
	       "an amount in capitals: 捌 read as 提, 柒 as 数 — both back");
	is_int(n, 2, "two characters changed");
	is_str(mend("被执行人未履行义务", "被执行人未履行义务", &n), "被执行人未履行义务", "a 未 read right stays 未");
	is_int(n, 0, "nothing changed on a line read right");
	is_str(mend("被执行人大连鑫海船舶公司", "被执行人大连镭海船公司", &n), "被执行人大连镭海船公司",
	       "a character lost from the reading: cells and characters do not pair up, nothing changes");
	is_str(mend("大连鑫海", "大连镭母", &n), "大连镭母", "a neighbour misread too: the pairing is in doubt, nothing changes");
	is_str(mend("审判员王磊", "审判员王大", &n), "审判员王磊", "磊 (three 石) read as 大: 磊, not its neighbour in the list 鑫");
	FT_Done_Face(face);
	FT_Done_FreeType(lib);
	glyph_end();
	return tap_done();
}
