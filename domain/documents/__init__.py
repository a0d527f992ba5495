"""Generic document writers: tables as XLSX, CSV and PDF, and simple PDF documents
(letters, reports with tables and a bar chart). Bytes out; no I/O, no database.

Used by the PPID's notices, registers and report, and by any export (the dashboard's).
XLSX with openpyxl, PDF with reportlab and the Bitstream Vera fonts it ships (no system
fonts, no browser), which cover the Latin letters and punctuation Indonesian uses."""
