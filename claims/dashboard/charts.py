"""Charts drawn on the server as SVG: no script, no CDN, readable without JavaScript."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe

# Colour-blind-safe palette (Okabe-Ito), one colour per stance.
STANCE_COLOURS = {
    "accuses": "#D55E00",
    "asserts": "#E69F00",
    "confirms": "#009E73",
    "reports": "#56B4E9",
    "denies": "#0072B2",
    "questions": "#CC79A7",
    "promises": "#999999",
}


def _n(value: float) -> str:
    return f"{value:.1f}"


def _nice_ceiling(value: int) -> int:
    """A round axis maximum at or above ``value`` (1, 2, 5, 10, 20, 50, ...)."""
    if value <= 0:
        return 1
    step = 1
    while True:
        for factor in (1, 2, 5):
            if step * factor >= value:
                return step * factor
        step *= 10


def stacked_bars(
    days: Sequence[date],
    series: dict[str, list[int]],
    *,
    labels: dict[str, str],
    title: str,
    width: int = 720,
    height: int = 240,
) -> SafeString:
    """A stacked bar per day, one band per series key; every value escaped into the markup.

    ``series`` maps a key (a stance) to one count per day, aligned with ``days``.
    """
    left, right, top, bottom = 40, 8, 10, 34
    plot_w, plot_h = width - left - right, height - top - bottom
    totals = [sum(values[i] for values in series.values()) for i in range(len(days))]
    ymax = _nice_ceiling(max(totals, default=0))
    slot = plot_w / max(len(days), 1)
    bar_w = max(slot * 0.8, 1.0)

    def y(value: float) -> float:
        return top + plot_h - plot_h * value / ymax

    grid = format_html_join(
        "",
        '<line x1="{}" x2="{}" y1="{}" y2="{}" class="grid"/>'
        '<text x="{}" y="{}" class="axis" text-anchor="end">{}</text>',
        (
            (left, width - right, _n(y(v)), _n(y(v)), left - 4, _n(y(v) + 4), v)
            for v in (0, ymax // 2 if ymax > 1 else 0, ymax)
        ),
    )
    bars: list[SafeString] = []
    for i, day in enumerate(days):
        x = left + i * slot + (slot - bar_w) / 2
        base = 0
        for key, values in series.items():
            count = values[i]
            if not count:
                continue
            bars.append(
                format_html(
                    '<rect x="{}" y="{}" width="{}" height="{}" fill="{}">'
                    "<title>{}: {} {}</title></rect>",
                    _n(x),
                    _n(y(base + count)),
                    _n(bar_w),
                    _n(y(base) - y(base + count)),
                    STANCE_COLOURS.get(key, "#666666"),
                    day.isoformat(),
                    count,
                    labels.get(key, key).lower(),
                )
            )
            base += count
    ticks = format_html_join(
        "",
        '<text x="{}" y="{}" class="axis" text-anchor="middle">{}</text>',
        (
            (_n(left + i * slot + slot / 2), height - bottom + 16, day.strftime("%d %b"))
            for i, day in enumerate(days)
            if i % 7 == 0 or (i == len(days) - 1 and i % 7 >= 4)
        ),
    )
    summary = ", ".join(
        f"{labels.get(key, key)} {sum(values)}" for key, values in series.items() if sum(values)
    )
    return format_html(
        '<svg class="chart" viewBox="0 0 {} {}" role="img" aria-labelledby="chart-title" '
        'preserveAspectRatio="xMidYMid meet" xmlns="http://www.w3.org/2000/svg">'
        '<title id="chart-title">{}: {}</title>{}{}{}</svg>',
        width,
        height,
        title,
        summary or "no statements",
        grid,
        mark_safe("".join(bars)),  # noqa: S308 (each bar is built with format_html)
        ticks,
    )


def legend(labels: dict[str, str], keys: Sequence[str]) -> SafeString:
    return format_html_join(
        "",
        '<li><span class="swatch" style="background:{}"></span>{}</li>',
        ((STANCE_COLOURS.get(k, "#666666"), labels.get(k, k)) for k in keys),
    )
