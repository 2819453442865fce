#!/usr/bin/env python3
"""Generates the corpus of awkward list files under tests/corpus/.

Every person is invented. Run from the repository root:

    pip install xlwt odfpy openpyxl   # for the .xls, .ods and 1904 .xlsx files
    python3 tests/corpus/generate.py

The output is deterministic; the generated files are committed so that the
tests need no Python. `values.tsv` lists, for each file, the values written
in its data rows: `croise check` must print none of them. Files too big to
commit (a very long field, 100,000 rows) are built by the Rust tests.
"""

import datetime
import io
import os
import random
import re
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
VALUES = []  # (file, value)


def path(name):
    return os.path.join(HERE, name)


def record(name, rows):
    for row in rows:
        for cell in row:
            cell = str(cell).strip()
            if cell:
                VALUES.append((name, cell))


def fix_zip_times(name):
    """Rewrites a ZIP with fixed entry times, so that generating is deterministic."""
    with zipfile.ZipFile(path(name)) as z:
        entries = [(info, z.read(info.filename)) for info in z.infolist()]
    with zipfile.ZipFile(path(name), "w") as z:
        for info, data in entries:
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*",
                              rb"\g<1>2026-01-01T00:00:00Z", data)
            fixed = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            fixed.compress_type = info.compress_type
            fixed.external_attr = 0o644 << 16
            z.writestr(fixed, data)


def csv_text(rows, delimiter, newline):
    out = []
    for row in rows:
        cells = []
        for cell in row:
            cell = str(cell)
            if any(c in cell for c in (delimiter, '"', "\n", "\r")):
                cell = '"' + cell.replace('"', '""') + '"'
            cells.append(cell)
        out.append(delimiter.join(cells))
    return newline.join(out) + newline


def write_csv(name, header, rows, delimiter=";", newline="\r\n",
              encoding="utf-8", bom=False, before="", after=""):
    text = before + csv_text([header] + rows, delimiter, newline) + after
    data = text.encode(encoding)
    if bom:
        data = b"\xef\xbb\xbf" + data
    with open(path(name), "wb") as f:
        f.write(data)
    record(name, rows)


STEMO = ["NOM", "PRENOM(S)", "DATE NAISSANCE", "SEXE", "N° DOSSIER"]
PEOPLE = [
    ["DUPONT", "Léa", "05/03/2009", "F", "J-54-01057"],
    ["N'DIAYE", "Awa", "30/08/2009", "F", "J-54-01058"],
    ["ÖZTÜRK", "Emre", "09/09/2009", "M", "J-54-01059"],
    ["LE GALL", "Maëlys", "02/10/2008", "F", "J-54-01060"],
    ["FONTAINE", "Jean-Baptiste", "23/11/2008", "M", "J-54-01061"],
    ["CŒURDEROY", "Théo", "19/01/2010", "M", "J-54-01062"],
]


def main():
    # 1. Encodings, delimiters, line ends.
    write_csv("utf8-bom-semicolon-crlf.csv", STEMO, PEOPLE, bom=True)
    write_csv(
        "utf8-comma-lf.csv",
        ["Nom de naissance", "Nom d'usage", "Prénom", "Date de naissance", "Genre",
         "Identifiant"],
        [
            ["Dupont", "", "Léa", "2009-03-05", "F", "1000231"],
            ["Bouzidi", "Martin", "Inès, Lina", "2010-03-27", "F", "1000232"],
            ["Öztürk", "", "Emre", "2009-09-09", "H", "1000233"],
        ],
        delimiter=",", newline="\n")
    cp1252_people = [r for r in PEOPLE if r[0] != "CŒURDEROY"] + [
        ["CŒURDEROY", "Théo", "19/01/2010", "M", "J-54-01062"]]
    write_csv("cp1252-semicolon-crlf.csv",
              ["NOM", "Prénoms", "Né(e) le", "Sexe", "Identifiant"],
              cp1252_people, encoding="cp1252")
    write_csv("cp1252-tab.tsv", ["NOM USUEL", "PRENOM", "DDN", "Genre"],
              [r[:4] for r in PEOPLE[:4]], delimiter="\t", encoding="cp1252")
    # Excel "Unicode text": UTF-16 little-endian with BOM, tab-separated.
    text = csv_text([STEMO] + PEOPLE[:3], "\t", "\r\n")
    with open(path("utf16le-tab.txt"), "wb") as f:
        f.write(b"\xff\xfe" + text.encode("utf-16-le"))
    record("utf16le-tab.txt", PEOPLE[:3])
    write_csv("pipe.csv", STEMO, PEOPLE[:2], delimiter="|", newline="\n")
    # A UTF-8 file with one line pasted from a Windows-1252 one.
    head = csv_text([STEMO] + PEOPLE[:2], ";", "\n").encode("utf-8")
    tail = csv_text([["HÉLÈNE-ÉLISE", "Chloé", "01/06/2009", "F", "J-54-01099"]], ";",
                    "\n").encode("cp1252")
    with open(path("mixed-encoding.csv"), "wb") as f:
        f.write(head + tail)
    record("mixed-encoding.csv",
           PEOPLE[:2] + [["HÉLÈNE-ÉLISE", "Chloé", "01/06/2009", "F", "J-54-01099"]])

    # 2. Above the header: an Excel sep= line, title rows.
    write_csv("sep-line.csv", STEMO, PEOPLE[:3], bom=True, before="sep=;\r\n")
    write_csv("title-rows.csv", STEMO, PEOPLE[:3],
              before="Liste des jeunes suivis;;;;\r\nExport du 01/10/2026;;;;\r\n;;;;\r\n")
    write_csv("blank-rows.csv", STEMO, [PEOPLE[0], ["", "", "", "", ""], PEOPLE[1]],
              newline="\n", after="\n\n" + csv_text([PEOPLE[2]], ";", "\n"))
    record("blank-rows.csv", [PEOPLE[2]])

    # 3. Headers.
    write_csv("odd-headers.csv",
              ["Nom du jeune", "Prénom(s) du jeune", "Date naiss. (jj/mm/aaaa)",
               "Sexe (M/F)", "N° de dossier", "Commune"],
              [r + ["Nancy"] for r in PEOPLE[:3]])
    write_csv("english-headers.csv",
              ["Last name", "First name", "Date of birth", "Gender", "ID"],
              [[r[0], r[1], r[2], r[3], r[4]] for r in PEOPLE[:3]],
              delimiter=",", newline="\n")
    write_csv("usage-and-birth-name.csv",
              ["NOM", "NOM DE NAISSANCE", "PRENOM", "DATE NAISSANCE"],
              [["MARTIN", "DUPONT", "Léa", "05/03/2009"],
               ["", "N'DIAYE", "Awa", "30/08/2009"]])
    write_csv("missing-date-column.csv", ["NOM", "PRENOM", "Naissance le", "Ville"],
              [r[:3] + ["Metz"] for r in PEOPLE[:3]])
    with open(path("missing-date-column.columns"), "w", encoding="utf-8") as f:
        f.write("# Column mapping for missing-date-column.csv\n"
                "birth-date=Naissance le\n")
    write_csv("unknown-headers.csv", ["COL1", "COL2", "COL3"],
              [r[:3] for r in PEOPLE[:3]])
    write_csv("no-header.csv", PEOPLE[0], PEOPLE[1:4])
    record("no-header.csv", [PEOPLE[0]])

    # 4. Values: dates, sex codes, placeholders, duplicates.
    dates = [
        ("05/03/2009", None), ("5/3/2009", None), ("05/03/09", None),
        ("2009-03-05", None), ("05.03.2009", None), ("05-03-2009", None),
        ("39877", None), ("2009-03-05 00:00:00", None), ("20090305", None),
        ("", "missing_birth_date"), ("00/00/2008", "partial_birth_date"),
        ("2008", "partial_birth_date"), ("31/02/2009", "impossible_birth_date"),
        ("date inconnue", "unreadable_birth_date"),
    ]
    given = ["Adam", "Basile", "Capucine", "Daphné", "Élias", "Fanny", "Gaspard",
             "Hugo", "Iris", "Jade", "Kylian", "Lou", "Malo", "Nina"]
    rows = [["ESSAI", given[i], d, "", "D-%03d" % i] for i, (d, _) in enumerate(dates)]
    write_csv("date-formats.csv", STEMO, rows)
    # Dates with the month in words, as typed or as French Excel writes a
    # date cell formatted jj-mmm-aa to "CSV (;)", and date-times: every row
    # is read (Windows-1252, as that export is).
    words_given = ["Agathe", "Bilal", "Chloé", "Dylan", "Eden", "Fatou", "Gabin", "Hélène",
                   "Ilyes", "Jeanne", "Kenza", "Loïc", "Maëlys", "Naël", "Océane", "Paul",
                   "Rayan", "Salomé", "Timéo"]
    in_words = ["3 mars 2009", "03-mars-09", "3 MARS 2009", "3-févr.-2009",
                "03-fevr-09", "1er octobre 2009", "03/sept./2009", "15-janv.-10",
                "12 avr. 2009", "14-juil.-09", "25-déc.-09", "5 mai 2009",
                "5 juin 2009", "15 août 2009", "2 nov. 2009", "03/03/2009 00:00:00",
                "2009-03-03T00:00:00", "2009-03-03 00:00", "March 3, 2009"]
    write_csv("dates-in-words.csv", STEMO,
              [["ESSAI", words_given[i], d, "", "W-%03d" % i] for i, d in enumerate(in_words)],
              encoding="cp1252")
    sexes = ["M", "F", "H", "1", "2", "Masculin", "Féminin", "?"]
    write_csv("sex-codes.csv", STEMO,
              [["ESSAI", given[i], "05/03/2009", s, "S-%03d" % i] for i, s in enumerate(sexes)])
    write_csv("placeholders.csv", STEMO, [
        ["INCONNU", "Léa", "05/03/2009", "F", "P-001"],
        ["DUPONT", "X", "05/03/2009", "F", "P-002"],
        ["SNC", "Awa", "30/08/2009", "F", "P-003"],
        ["N'DIAYE", "SPC", "30/08/2009", "F", "P-004"],
        ["", "Emre", "09/09/2009", "M", "P-005"],
        ["ÖZTÜRK", "", "09/09/2009", "M", "P-006"],
        ["FONTAINE", "Jean-Baptiste", "23/11/2008", "M", "P-007"],
        ["LE GALL", "Maëlys", "02/10/2008", "F", "P-008"],
        ["CŒURDEROY", "Théo", "19/01/2010", "M", "P-009"],
    ])
    write_csv("duplicates.csv", STEMO, [
        ["DUPONT", "Léa", "05/03/2009", "F", "A-1"],
        ["Dupont", "LEA", "05/03/2009", "F", "A-2"],
        ["MARTIN", "Hugo", "12/12/2009", "M", "A-3"],
        ["MARTIN", "Théo", "12/12/2009", "M", "A-4"],  # twin: not a duplicate
        ["N'DIAYE", "Awa", "30/08/2009", "F", "A-5"],
        ["NDIAYE", "Awa", "2009-08-30", "F", "A-6"],
        ["N DIAYE", "Awa", "30/08/09", "F", "A-7"],
        # A second row with one part of a double surname and the same first
        # given name: the same youth (keys-v4).
        ["BERNARD--KLEIN", "Léo", "03/03/2009", "M", "A-8"],
        ["Klein", "Léo", "03/03/2009", "M", "A-9"],
        # Twins sharing a middle name: not the same youth.
        ["ROUX", "Emma, Lou", "14/07/2009", "F", "A-10"],
        ["ROUX", "Jade, Lou", "14/07/2009", "F", "A-11"],
    ])
    write_csv("ragged-rows.csv", STEMO, [
        PEOPLE[0],
        PEOPLE[1][:3],            # short row: no sex, no file number
        PEOPLE[2][:2],            # shorter: no date of birth
        PEOPLE[3] + ["en trop", "encore"],  # more cells than the header
        PEOPLE[4],
    ])
    write_csv("multiline-cell.csv", STEMO + ["Adresse"], [
        PEOPLE[0] + ["3 rue des Lilas\n54000 Nancy"],
        PEOPLE[1] + ["Foyer Saint-Jean\r\nBâtiment B"],
        PEOPLE[2] + [""],
    ])
    with open(path("unclosed-quote.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(csv_text([STEMO, PEOPLE[0]], ";", "\r\n"))
        f.write('"N\'DIAYE;Awa;30/08/2009;F;J-54-01058\r\n')
        f.write(csv_text(PEOPLE[2:4], ";", "\r\n"))
    record("unclosed-quote.csv", PEOPLE[:4])
    write_csv("all-rejected.csv", STEMO,
              [[r[0], r[1], "", r[3], r[4]] for r in PEOPLE[:4]])

    # 5. Files that are not lists.
    open(path("empty.csv"), "wb").close()
    with open(path("blank.csv"), "wb") as f:
        f.write(b" \r\n\r\n\t\n")
    write_csv("header-only.csv", STEMO, [])
    rng = random.Random(1)
    with open(path("binary-junk.bin"), "wb") as f:
        f.write(bytes(rng.randrange(256) for _ in range(2048)))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document/>")
    with open(path("not-a-spreadsheet.docx"), "wb") as f:
        f.write(buf.getvalue())
    fix_zip_times("not-a-spreadsheet.docx")
    with open(path("damaged.xls"), "wb") as f:
        f.write(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(rng.randrange(256) for _ in range(600)))

    workbooks()

    with open(path("values.tsv"), "w", encoding="utf-8") as f:
        f.write("# file\tvalue written in a data row (croise check must print none)\n")
        for name, value in VALUES:
            f.write("%s\t%s\n" % (name, value.replace("\n", "\\n").replace("\r", "\\r")))


def workbooks():
    """Tiny .xls, .ods and 1904 .xlsx files, with date cells and text dates."""
    born = [datetime.date(2009, 3, 5), datetime.date(2009, 8, 30), datetime.date(2009, 9, 9)]
    names = [("DUPONT", "Léa", "J-54-01057"), ("N'DIAYE", "Awa", "J-54-01058"),
             ("ÖZTÜRK", "Emre", "J-54-01059")]
    try:
        import xlwt
    except ImportError:
        print("xlwt missing: .xls files not generated")
    else:
        for name, epoch_1904 in (("workbook.xls", False), ("workbook-1904.xls", True)):
            wb = xlwt.Workbook(encoding="utf-8")
            wb.dates_1904 = epoch_1904
            date_style = xlwt.easyxf(num_format_str="DD/MM/YYYY")
            notes = wb.add_sheet("Notes")
            notes.write(0, 0, "Feuille de notes sans liste")
            ws = wb.add_sheet("Liste")
            ws.write(0, 0, "Liste des jeunes suivis")
            for c, h in enumerate(STEMO):
                ws.write(2, c, h)
            for r, ((surname, first, fid), d) in enumerate(zip(names, born)):
                ws.write(3 + r, 0, surname)
                ws.write(3 + r, 1, first)
                if r == 0:
                    ws.write(3 + r, 2, d, date_style)       # a date cell
                elif r == 1:
                    ws.write(3 + r, 2, d.strftime("%d/%m/%Y"))  # a text date
                else:
                    # A date cell formatted as a plain number: a serial.
                    epoch = datetime.date(1904, 1, 1) if epoch_1904 else datetime.date(1899, 12, 30)
                    ws.write(3 + r, 2, (d - epoch).days)
                ws.write(3 + r, 3, "F" if r < 2 else "M")
                ws.write(3 + r, 4, fid)
            wb.save(path(name))
            rows = [[s, f, d.strftime("%d/%m/%Y"), fid] for (s, f, fid), d in zip(names, born)]
            record(name, rows)
    try:
        from odf.opendocument import OpenDocumentSpreadsheet
        from odf.table import Table, TableRow, TableCell
        from odf.text import P
    except ImportError:
        print("odfpy missing: .ods file not generated")
    else:
        doc = OpenDocumentSpreadsheet()
        table = Table(name="Jeunes")

        def text_cell(value):
            cell = TableCell(valuetype="string")
            cell.addElement(P(text=value))
            return cell

        def add_row(cells):
            tr = TableRow()
            for cell in cells:
                tr.addElement(cell)
            table.addElement(tr)

        add_row([text_cell(h) for h in STEMO])
        for r, ((surname, first, fid), d) in enumerate(zip(names, born)):
            if r == 1:
                date_cell = text_cell(d.strftime("%d/%m/%Y"))
            else:
                date_cell = TableCell(valuetype="date", datevalue=d.isoformat())
                date_cell.addElement(P(text=d.strftime("%d/%m/%Y")))
            add_row([text_cell(surname), text_cell(first), date_cell,
                     text_cell("F" if r < 2 else "M"), text_cell(fid)])
        doc.spreadsheet.addElement(table)
        doc.save(path("workbook.ods"))
        fix_zip_times("workbook.ods")
        record("workbook.ods", [[s, f, d.strftime("%d/%m/%Y"), d.isoformat(), fid]
                                for (s, f, fid), d in zip(names, born)])
    try:
        import openpyxl
        from openpyxl.utils.datetime import CALENDAR_MAC_1904
    except ImportError:
        print("openpyxl missing: 1904 .xlsx file not generated")
    else:
        wb = openpyxl.Workbook()
        wb.epoch = CALENDAR_MAC_1904
        ws = wb.active
        ws.title = "Liste"
        ws.append(STEMO)
        for r, ((surname, first, fid), d) in enumerate(zip(names, born)):
            ws.append([surname, first, d, "F" if r < 2 else "M", fid])
            ws.cell(row=2 + r, column=3).number_format = "DD/MM/YYYY"
        wb.properties.creator = "croise tests"
        fixed = datetime.datetime(2026, 1, 1)
        wb.properties.created = fixed
        wb.properties.modified = fixed
        wb.save(path("workbook-1904.xlsx"))
        fix_zip_times("workbook-1904.xlsx")
        record("workbook-1904.xlsx", [[s, f, d.strftime("%d/%m/%Y"), d.isoformat(), fid]
                                      for (s, f, fid), d in zip(names, born)])


if __name__ == "__main__":
    main()
