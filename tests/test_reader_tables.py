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
