"""Word .docx interviews built with zipfile: bold run labels, and a two-column table."""
import zipfile
from common import *

W_NS = ('xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
        'xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:w10="urn:schemas-microsoft-com:office:word" '
        'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
        'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" mc:Ignorable="w14"')
HDR = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'


def run_(text, b=False, i=False, rsid="00C41A7E"):
    rpr = ""
    if b or i:
        rpr = "<w:rPr>" + ("<w:b/><w:bCs/>" if b else "") + ("<w:i/><w:iCs/>" if i else "") + "</w:rPr>"
    sp = ' xml:space="preserve"' if text != text.strip() else ""
    return f'<w:r w:rsidRPr="{rsid}">{rpr}<w:t{sp}>{esc(text)}</w:t></w:r>'


def text_runs(t, rsid="00C41A7E"):
    """'¦' in t marks a run split (Word splits runs at editing sessions, even inside words)."""
    return "".join(run_(p, rsid=rsid) for p in raw(t).split("¦") if p)


def para(inner, style=None, rsid="00C41A7E"):
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f'<w:p w:rsidR="{rsid}" w:rsidRDefault="00C41A7E">{ppr}{inner}</w:p>'


def hf(kind, inner):
    return (HDR + f'<w:{kind} {W_NS}>' + inner + f'</w:{kind}>')


STYLES = HDR + ('<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="Calibri" w:cs="Times New Roman"/>'
                '<w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-GB" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
                '<w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
                '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>'
                '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>'
                '<w:qFormat/><w:rPr><w:sz w:val="40"/></w:rPr></w:style>'
                '<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/></w:style>'
                '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/></w:style>'
                '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders>'
                '<w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                '</w:tblBorders></w:tblPr></w:style></w:styles>')

SETTINGS = HDR + ('<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                  '<w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>'
                  '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
                  '<w:rsids><w:rsidRoot w:val="00C41A7E"/><w:rsid w:val="00C41A7E"/><w:rsid w:val="005F2B19"/></w:rsids></w:settings>')


def write_docx(name, body, title, creator, header=None, footer=None, words_n=0):
    parts = {}
    ct = ('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
          '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>')
    rels = ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>')
    sect = ""
    if header:
        ct += '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
        rels += '<Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>'
        parts["word/header1.xml"] = hf("hdr", header)
        sect += '<w:headerReference w:type="default" r:id="rId8"/>'
    if footer:
        ct += '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
        rels += '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>'
        parts["word/footer1.xml"] = hf("ftr", footer)
        sect += '<w:footerReference w:type="default" r:id="rId9"/>'
    ct += ('<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
           '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
           '</Types>')
    rels += "</Relationships>"
    doc = (HDR + f'<w:document {W_NS}><w:body>' + body +
           f'<w:sectPr w:rsidR="00C41A7E">{sect}<w:pgSz w:w="11906" w:h="16838"/>'
           '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/>'
           '<w:cols w:space="708"/><w:docGrid w:linePitch="360"/></w:sectPr></w:body></w:document>')
    parts["[Content_Types].xml"] = HDR + ct
    parts["_rels/.rels"] = HDR + (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '</Relationships>')
    parts["word/document.xml"] = doc
    parts["word/_rels/document.xml.rels"] = HDR + rels
    parts["word/styles.xml"] = STYLES
    parts["word/settings.xml"] = SETTINGS
    parts["docProps/core.xml"] = HDR + (
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f'<dc:title>{esc(title)}</dc:title><dc:subject></dc:subject><dc:creator>{esc(creator)}</dc:creator>'
        f'<cp:keywords>transcript; oral history</cp:keywords><cp:lastModifiedBy>{esc(creator)}</cp:lastModifiedBy><cp:revision>4</cp:revision>'
        '<dcterms:created xsi:type="dcterms:W3CDTF">2024-03-14T09:12:00Z</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2024-03-18T16:47:00Z</dcterms:modified></cp:coreProperties>')
    parts["docProps/app.xml"] = HDR + (
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        f'<Template>Normal.dotm</Template><TotalTime>96</TotalTime><Pages>2</Pages><Words>{words_n}</Words>'
        '<Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity><Lines>31</Lines><Paragraphs>24</Paragraphs>'
        '<ScaleCrop>false</ScaleCrop><Company></Company><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>'
        '<HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion></Properties>')
    order = ["[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels", "word/styles.xml",
             "word/settings.xml"] + [p for p in ("word/header1.xml", "word/footer1.xml") if p in parts] + ["docProps/core.xml", "docProps/app.xml"]
    with zipfile.ZipFile(out_path(name), "w", zipfile.ZIP_DEFLATED) as z:
        for p in order:
            zi = zipfile.ZipInfo(p, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, parts[p].encode("utf-8"))


# ---------------------------------------------------------------- 16. bold labels
def bold_labels(show):
    name = "interview_bold-labels.docx"
    C = {"I": "Interviewer", "S": "Santos"}
    # (speaker or None for an unlabelled continuation, text, label style)
    # label styles: "plain" = bold 'Label:' run then ' text'; "split" = bold 'Maria Santos' + bold ':' runs;
    # "tab" = bold 'Label:' then <w:tab/>
    data = [
        ("I", "Thank you for agreeing to talk to us. Could you tell me where you were born?", "plain"),
        ("S", "Here, in Matosinhos, in 1951. My father was a fisherman and my mother worked in the cannery, like everybody’s mother.", "plain"),
        ("I", "When did you start working at the cannery yourself?", "plain"),
        ("S", "At fourteen. I lied about my age – well, my mother lied for me.", "split"),
        (None, "In those days nobody checked. They needed hands, and we needed the money.", None),
        ("I", "What was your first job there?", "plain"),
        ("S", "Cleaning the sar¦dines. You stood at a long table with a knife, and the fish came in baskets. The smell stays in your hair for days.", "plain"),
        ("I", "Did the women talk while they worked?", "tab"),
        ("S", "Talk? We sang! There was a woman, Dona Rosa, who knew every fado ever written. The supervisor called her “the radio”.", "tab"),
        ("I", "Do you remember any of the songs?", "plain"),
        ("S", "‹[laughs]› I remember them, but I won’t sing them for your recorder.", "plain"),
        ("I", "That’s fair. When did the cannery close?", "plain"),
        ("S", "In 1984. They told us on a Friday, and on Monday the gates were ¦locked.", "plain"),
        ("I", "What did you do after that?", "plain"),
        ("S", "I cleaned offices in Porto for twenty years. It was easier work, but I missed the other women.", "plain"),
        ("I", "Do you still see any of them?", "plain"),
        ("S", "Three of us meet every Thursday for coffee. We are the last ones.", "plain"),
        ("I", "Thank you, Maria. Is there anything you’d like to add?", "plain"),
        ("S", "Only that people should know the tins didn’t fill themselves.", "plain"),
    ]
    LBL = {"I": "Interviewer", "S": "Maria Santos"}
    P = [para(run_("Interview with Maria Santos"), style="Title"),
         para(run_("Date: 12 March 2024")), para(run_("Location: Matosinhos, Portugal")),
         para(run_("Transcribed by: Chidi Okafor")), para("")]
    segs = []
    last = None
    for k, t, st in data:
        if k is None:
            inner = text_runs(t)
            k = last
        elif st == "plain":
            inner = run_(LBL[k] + ":", b=True) + text_runs(" " + t)
        elif st == "split":
            inner = run_(LBL[k], b=True) + run_(":", b=True, rsid="005F2B19") + text_runs(" " + t)
        elif st == "tab":
            inner = run_(LBL[k] + ":", b=True) + "<w:r><w:tab/></w:r>" + text_runs(t)
        P.append(para(inner))
        segs.append((C[k], t.replace("¦", "")))
        last = k
    P.append(para(run_("[End of interview]", i=True)))
    header = para('<w:pPr><w:pStyle w:val="Header"/></w:pPr>' + run_("Matosinhos Cannery Oral History Project — Interview MS-07"))
    footer = para('<w:pPr><w:pStyle w:val="Footer"/><w:jc w:val="center"/></w:pPr>' + run_("Transcript — not for publication — Page ")
                  + '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE   \\* MERGEFORMAT </w:instrText></w:r>'
                  '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>')
    write_docx(name, "".join(P), "Interview with Maria Santos", "Chidi Okafor", header, footer, 410)
    write_truth(name, segs, [
        "Layout: Word .docx (zip: [Content_Types].xml, _rels/.rels, word/document.xml, word/_rels/document.xml.rels,",
        "styles, settings, header1.xml, footer1.xml, docProps). Each speech paragraph opens with a bold run 'Interviewer:'",
        "or 'Maria Santos:' followed by the text in plain runs; variants: the label split into bold 'Maria Santos' + bold",
        "':' runs, and a <w:tab/> after the label. One paragraph continues Santos without a label. Two text runs are split",
        "mid-word ('sar'+'dines') or before a word, as Word does; runs are joined without adding spaces.",
        "Smart quotes and apostrophes (’ “ ”) and an en dash in the text.",
        "Speakers: 'Interviewer' (role, kept); 'Maria Santos' -> Santos.",
        "Not speech: the Title paragraph, the 'Date:', 'Location:', 'Transcribed by:' lines (not bold, metadata), the empty",
        "paragraph, the header part ('... Project — Interview MS-07'), the footer with its PAGE field, '[laughs]', the italic",
        "'[End of interview]' paragraph, docProps.",
        "Doubtful: the unlabelled paragraph after Santos's second answer is hers (turn 4 = two paragraphs).",
    ], show)


# ---------------------------------------------------------------- 17. table
def table_doc(show):
    name = "interview_table.docx"
    C = {"Interviewer": "Interviewer", "Ngô Thị Lan": "Ngô", "Trần Minh Khoa": "Trần", "": None}
    rows = [
        ("Interviewer", ["Can you tell me how the bakery started?"]),
        ("Ngô Thị Lan", ["We opened in 1992, my husband and I. We had one oven and a recipe from his mother."]),
        ("Interviewer", ["What did you sell at first?"]),
        ("Ngô Thị Lan", ["Only bánh mì and coffee. The bread was the important thing. Australians did not know it yet.",
                         "Now everybody knows it. Even the football club orders from us."]),
        ("Interviewer", ["When did your son start helping?"]),
        ("Trần Minh Khoa", ["When I was about ten, on Saturdays. Mostly I counted change and ate the broken rolls."]),
        ("Ngô Thị Lan", ["He ate more than he sold."]),
        ("", ["‹[Recording paused – customer at the counter]›"]),
        ("Interviewer", ["We’re back. Khoa, you run the bakery now?"]),
        ("Trần Minh Khoa", ["Since 2018. Mum still comes in at four every morning, though."]),
        ("+", ["I’ve given up trying to stop her."]),
        ("Ngô Thị Lan", ["Someone has to check the dough."]),
        ("Interviewer", ["What has changed most in thirty years?"]),
        ("Ngô Thị Lan", ["The customers. At first only Vietnamese families came. Now it is students, builders, everybody."]),
        ("Trần Minh Khoa", ["And the rent. The rent has changed the most."]),
        ("Interviewer", ["Thank you both very much."]),
    ]
    def cell(w, paras, bold=False, shade=False):
        tcpr = f'<w:tcPr><w:tcW w:w="{w}" w:type="dxa"/>' + ('<w:shd w:val="clear" w:color="auto" w:fill="D9D9D9"/>' if shade else "") + "</w:tcPr>"
        ps = "".join(para(run_(raw(p), b=bold)) if p else para("") for p in paras)
        return f"<w:tc>{tcpr}{ps}</w:tc>"
    T = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="9016" w:type="dxa"/>'
         '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>'
         '<w:tblGrid><w:gridCol w:w="2122"/><w:gridCol w:w="6894"/></w:tblGrid>',
         '<w:tr><w:trPr><w:tblHeader/></w:trPr>' + cell(2122, ["Speaker"], True, True) + cell(6894, ["Transcript"], True, True) + "</w:tr>"]
    segs, last = [], None
    for spk, paras in rows:
        shown = "" if spk == "+" else spk
        T.append("<w:tr>" + cell(2122, [shown]) + cell(6894, paras) + "</w:tr>")
        if spk == "+":
            spk = last
        segs.append((C[spk], " ".join(paras)))
        if spk:
            last = spk
    T.append("</w:tbl>")
    body = (para(run_("Interview transcript — Footscray Small Business Histories — Respondent R-12"), style="Title")
            + para(run_("Recorded 9 May 2023 at the bakery. Interviewer: Hamish Calder. Duration 00:41:12."))
            + "".join(T) + para("") + para(run_("End of transcript.", i=True)))
    write_docx(name, body, "R-12 transcript", "Hamish Calder", None, None, 260)
    write_truth(name, segs, [
        "Layout: Word .docx whose body is a two-column table [Speaker | Transcript] with a shaded, repeated header row",
        "(w:tblHeader), after a Title paragraph and a recording-note paragraph; one text cell holds two paragraphs.",
        "Speakers: 'Interviewer' (role, kept); 'Ngô Thị Lan' -> Ngô and 'Trần Minh Khoa' -> Trần (Vietnamese names, family",
        "name first).",
        "Not speech: the header row, the title, the 'Recorded ... Interviewer: Hamish Calder ...' paragraph (metadata, not a",
        "speaker row), the row with an empty speaker cell '[Recording paused – customer at the counter]', 'End of transcript.'.",
        "Doubtful: a row with an EMPTY speaker cell and speech ('I’ve given up trying to stop her.') continues the previous",
        "row's speaker, Trần (turn 9 = two rows). The interviewer's name appears only in the metadata line, so the label",
        "'Interviewer' is kept. Family-name-first order: a reader taking the last word would get 'Lan' and 'Khoa'.",
    ], show)


def run(show):
    bold_labels(show)
    table_doc(show)
