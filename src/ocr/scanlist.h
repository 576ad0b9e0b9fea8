/* scanlist.h — the scans a dossier argument names, in reading order.
 *
 * A file is taken as it is. A folder is walked recursively: regular files
 * (and links to files) ending in .png .jpg .jpeg .tif .tiff .pdf (any case),
 * names starting with "." skipped, links to folders not followed (no
 * loops), at most 64 levels deep; they are ordered by path, component by
 * component, with runs of digits compared as numbers ("p2" before "p10",
 * "第9页" before "第10页"). Each file carries the nearest folder, within the
 * argument, whose name is a 案号 (normalised), or for a file named on its
 * own its parent folder's when that is one. What cannot be opened and what
 * is not a scan are noted by path. */
#ifndef JZ_OCR_SCANLIST_H
#define JZ_OCR_SCANLIST_H

struct scanfile {
	char *path;
	char *folder_case;    /* NULL when no folder is named by a 案号 */
	int stream;           /* the argument it came from */
};

struct scannote {
	char *path;
	char *msg;            /* why it could not be opened; NULL: not a scan, left out */
};

struct scanlist {
	struct scanfile *v;
	int n, cap;
	struct scannote *notes;
	int nnotes, capnotes;
};

/* Append the scans of one argument (a file or a folder), in order. */
void scanlist_add(struct scanlist *l, const char *arg, int stream);
void scanlist_free(struct scanlist *l);
/* Natural order of two paths (digits as numbers, '/' first); for qsort-like use. */
int scanlist_cmp(const char *a, const char *b);

#endif
