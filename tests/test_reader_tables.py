"""A markdown table is read row by row, each cell under its heading; a cell that is only
links (documents to download) is left out of its row."""

from __future__ import annotations

from bot.authoring.reader import read_markdown

TABLE = """# Teas

| Tea | How long to steep | Leaflet |
| --- | --- | --- |
| Green | Two minutes, just off the boil. | [Green guide](/g.pdf) [Download PDF](/g.pdf) |
| Black | Four minutes. | See the [guide](/b.pdf) for the history of black tea in China. |
"""


def _text(document) -> str:
    return "\n".join(block.text for section in document.sections for block in section.blocks)


def test_a_cell_of_links_is_left_out_of_its_row():
    text = _text(read_markdown(TABLE))
    assert "Tea: Green; How long to steep: Two minutes, just off the boil" in text
    assert "Download" not in text and "Green guide" not in text


def test_a_cell_of_words_with_a_link_in_it_is_kept():
    text = _text(read_markdown(TABLE))
    assert "Leaflet: See the guide for the history of black tea" in text


HTML_TABLE = """# Column names

Choose names people can read.

<table style="border: 1px solid black;">
<tr>
	<td> <b>Good Name</b></td> <br />
	<td> <b>Avoid </b></td>
</tr>
<tr>
	<td> Max_temp_C</td>
	<td> Maximum Temp (°C) </td>
</tr>
<tr>
	<td> Precipitation_mm</td>
	<td> precmm </td>
</tr>
</table>

After the table.
"""


def test_a_table_written_in_html_is_read_row_by_row_under_its_headings():
    document = read_markdown(HTML_TABLE)
    tables = [b for s in document.sections for b in s.blocks if b.kind == "table"]
    assert [line for _, line in tables[0].items] == [
        "Good Name: Max_temp_C; Avoid: Maximum Temp (°C)",
        "Good Name: Precipitation_mm; Avoid: precmm",
    ]
    assert "After the table." in _text(document)
