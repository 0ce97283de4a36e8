"""Vector charts for the PDF notes (reportlab.graphics), drawn in the bundled font."""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors

from ..db.enums import COMMITMENT_STATUS, label
from .base import FONT, FONT_BOLD, FRAME_WIDTH, format_number, format_percent, register_fonts, t

STATUS_ORDER = ("realised", "in_progress", "not_started", "postponed", "abandoned")
STATUS_COLOURS = {
    "realised": colors.HexColor("#2e7d32"),
    "in_progress": colors.HexColor("#1f6fb2"),
    "not_started": colors.HexColor("#9e9e9e"),
    "postponed": colors.HexColor("#ef8f00"),
    "abandoned": colors.HexColor("#b3261e"),
}


def status_chart(counts: dict[str, int], lang: str, width: float = FRAME_WIDTH) -> Drawing:
    """Commitments by status as horizontal bars, above a bar of the share realised."""
    register_fonts()
    total = sum(counts.get(s, 0) for s in STATUS_ORDER)
    height = 132
    drawing = Drawing(width, height)
    label_width = 110
    chart = HorizontalBarChart()
    chart.x, chart.y = label_width, 34
    chart.width, chart.height = width - label_width - 40, height - 40
    values = [counts.get(s, 0) for s in reversed(STATUS_ORDER)]
    chart.data = [values]
    chart.bars.strokeColor = None
    for index, status in enumerate(reversed(STATUS_ORDER)):
        chart.bars[(0, index)].fillColor = STATUS_COLOURS[status]
    chart.barWidth = 10
    chart.groupSpacing = 4
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(max(values), 1) * 1.12
    chart.valueAxis.visible = False
    chart.categoryAxis.categoryNames = [label(COMMITMENT_STATUS, s, lang) for s in reversed(STATUS_ORDER)]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.categoryAxis.strokeColor = colors.HexColor("#9aa7b4")
    chart.barLabelFormat = lambda v: format_number(v, lang)
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 8
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)

    share = (counts.get("realised", 0) / total * 100) if total else 0
    bar_width = width - label_width - 40
    drawing.add(Rect(label_width, 8, bar_width, 10, fillColor=colors.HexColor("#e3e8ee"), strokeColor=None))
    if share:
        drawing.add(Rect(label_width, 8, bar_width * share / 100, 10,
                         fillColor=STATUS_COLOURS["realised"], strokeColor=None))
    drawing.add(String(label_width - 4, 9, format_percent(share, lang), fontName=FONT_BOLD, fontSize=9,
                       textAnchor="end", fillColor=STATUS_COLOURS["realised"]))
    caption = t("share_realised", lang, share=format_percent(share, lang), total=format_number(total, lang))
    drawing.add(String(label_width, 22, caption, fontName=FONT, fontSize=8, fillColor=colors.black))
    return drawing
