// zlib (Debian's zlib1g-dev, which ZIPFoundation needs too): deflate and crc32 for writing DOCX and XLSX parts.
#include <zlib.h>
