"""The viewer's colours (saidwhat/web/static/style.css), checked numerically.

- Text contrast: WCAG 2.1 relative luminance and contrast ratio (success criterion 1.4.3, AA:
  at least 4.5:1 for body text) for every text colour on every background it is drawn on.
- Speaker and outlet colours told apart by readers with a colour vision deficiency: each palette
  is simulated for protanopia, deuteranopia and tritanopia (Machado, Oliveira & Fernandes, "A
  Physiologically-based Model for Simulation of Color Vision Deficiency", IEEE TVCG 2009, severity
  1.0) and every pair of colours must stay at least ``MIN_DELTA_E`` apart in CIEDE2000 (Sharma, Wu
  & Dalal, "The CIEDE2000 Color-Difference Formula", 2005), the same for normal vision.

The browser tests (tests/test_browser.py) also run axe-core's colour-contrast rule on every page.
"""

from __future__ import annotations

import itertools
import math
import re
from pathlib import Path

import pytest

from saidwhat.web.app import N_OUTLET_COLOURS
from saidwhat.web.render import N_COLOURS, NO_SPEAKER_CLASS

CSS = (Path(__file__).resolve().parents[1] / "src" / "saidwhat" / "web" / "static" / "style.css").read_text("utf-8")

#: Smallest CIEDE2000 difference between two categorical colours, in every simulated vision.
MIN_DELTA_E = 7.0
#: WCAG 2.1 AA for normal-size text.
MIN_CONTRAST = 4.5

# Machado et al. 2009, severity 1.0, on linear RGB.
CVD = {
    "protanopia": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216), (-0.003882, -0.048116, 1.051998)),
    "deuteranopia": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413), (-0.011820, 0.042940, 0.968881)),
    "tritanopia": ((1.255528, -0.076749, -0.178779), (-0.078411, 0.930809, 0.147602), (0.004733, 0.691367, 0.303900)),
}


def rgb(colour: str) -> tuple[float, float, float]:
    """``#rgb`` or ``#rrggbb`` as sRGB components in [0, 1]."""
    h = colour.lstrip("#")
    if len(h) == 3:
        h = "".join(c * 2 for c in h)
    assert re.fullmatch(r"[0-9a-fA-F]{6}", h), colour
    return tuple(int(h[i:i + 2], 16) / 255 for i in (0, 2, 4))  # type: ignore[return-value]


def linear(c: float) -> float:
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    """WCAG 2.1 relative luminance."""
    r, g, b = (linear(c) for c in rgb(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    """WCAG 2.1 contrast ratio, 1 to 21."""
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def lab(colour: str, vision: str = "normal") -> tuple[float, float, float]:
    """CIELAB (D65) of ``colour`` as seen with ``vision`` (``normal`` or a key of :data:`CVD`)."""
    lin = [linear(c) for c in rgb(colour)]
    if vision != "normal":
        m = CVD[vision]
        lin = [min(max(sum(m[i][j] * lin[j] for j in range(3)), 0.0), 1.0) for i in range(3)]
    r, g, b = lin
    x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047
    y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * b
    z = (0.0193339 * r + 0.1191920 * g + 0.9503041 * b) / 1.08883
    f = lambda t: t ** (1 / 3) if t > 216 / 24389 else (24389 / 27 * t + 16) / 116  # noqa: E731
    fx, fy, fz = f(x), f(y), f(z)
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def delta_e2000(lab1: tuple[float, float, float], lab2: tuple[float, float, float]) -> float:
    """CIEDE2000 colour difference (kL = kC = kH = 1)."""
    (l1, a1, b1), (l2, a2, b2) = lab1, lab2
    c_bar = (math.hypot(a1, b1) + math.hypot(a2, b2)) / 2
    g = 0.5 * (1 - math.sqrt(c_bar ** 7 / (c_bar ** 7 + 25 ** 7)))
    a1p, a2p = (1 + g) * a1, (1 + g) * a2
    c1p, c2p = math.hypot(a1p, b1), math.hypot(a2p, b2)
    h1p, h2p = math.degrees(math.atan2(b1, a1p)) % 360, math.degrees(math.atan2(b2, a2p)) % 360
    dl, dc = l2 - l1, c2p - c1p
    dh = 0.0 if c1p * c2p == 0 else (h2p - h1p + 180) % 360 - 180
    dhh = 2 * math.sqrt(c1p * c2p) * math.sin(math.radians(dh / 2))
    l_bar, cp_bar = (l1 + l2) / 2, (c1p + c2p) / 2
    if c1p * c2p == 0:
        h_bar = h1p + h2p
    elif abs(h1p - h2p) <= 180:
        h_bar = (h1p + h2p) / 2
    else:
        h_bar = (h1p + h2p + 360) / 2 if h1p + h2p < 360 else (h1p + h2p - 360) / 2
    t = (1 - 0.17 * math.cos(math.radians(h_bar - 30)) + 0.24 * math.cos(math.radians(2 * h_bar))
         + 0.32 * math.cos(math.radians(3 * h_bar + 6)) - 0.20 * math.cos(math.radians(4 * h_bar - 63)))
    d_theta = 30 * math.exp(-(((h_bar - 275) / 25) ** 2))
    rc = 2 * math.sqrt(cp_bar ** 7 / (cp_bar ** 7 + 25 ** 7))
    sl = 1 + 0.015 * (l_bar - 50) ** 2 / math.sqrt(20 + (l_bar - 50) ** 2)
    sc, sh = 1 + 0.045 * cp_bar, 1 + 0.015 * cp_bar * t
    rt = -math.sin(math.radians(2 * d_theta)) * rc
    return math.sqrt((dl / sl) ** 2 + (dc / sc) ** 2 + (dhh / sh) ** 2 + rt * (dc / sc) * (dhh / sh))


def variable(name: str) -> str:
    """The value of a custom property of ``:root`` in style.css."""
    m = re.search(rf"--{re.escape(name)}:\s*(#[0-9a-fA-F]{{3,6}})\s*;", CSS)
    assert m, f"--{name} not found in style.css"
    return m.group(1)


def class_colour(cls: str, prop: str = "background") -> str:
    m = re.search(rf"\.{re.escape(cls)}\s*\{{[^}}]*?\b{prop}:\s*(#[0-9a-fA-F]{{3,6}})", CSS)
    assert m, f".{cls} {{ {prop}: … }} not found in style.css"
    return m.group(1)


def speaker_colours() -> dict[str, str]:
    return {f"sp-{i}": class_colour(f"sp-{i}") for i in range(N_COLOURS)} | {NO_SPEAKER_CLASS: class_colour(NO_SPEAKER_CLASS)}


def outlet_colours() -> dict[str, str]:
    return {f"ol-{i}": class_colour(f"ol-{i}", "fill") for i in range(N_OUTLET_COLOURS)} | {"ol-unknown": class_colour("ol-unknown", "fill")}


def test_wcag_contrast_of_the_formula_is_right() -> None:
    assert contrast("#000", "#fff") == pytest.approx(21.0)
    assert contrast("#777", "#fff") == pytest.approx(4.48, abs=0.01)  # the classic just-failing grey
    assert delta_e2000((50, 2.6772, -79.7751), (50, 0, -82.7485)) == pytest.approx(2.0425, abs=1e-4)  # Sharma et al. pair 1


def test_every_text_colour_has_aa_contrast_on_its_background() -> None:
    white, fg = variable("bg"), variable("fg")
    pairs = {
        "text": (fg, white), "muted text": (variable("muted"), white), "link": (variable("accent"), white),
        "table header": (fg, variable("th-bg")), "muted text in a table header": (variable("muted"), variable("th-bg")),
        "caption/credit/byline lines": (variable("secondary"), white), "repeated lines": (variable("dup-fg"), white),
        "error": (variable("error-fg"), variable("error-bg")), "button": (white, variable("accent")),
        "search match": (fg, variable("match-bg")), "dimmed highlight": (fg, variable("dim-bg")),
        "active table row": (fg, class_colour("attr-row.active")), "muted on the active row": (variable("muted"), class_colour("attr-row.active")),
    }
    pairs |= {f"highlight {cls}": (fg, colour) for cls, colour in speaker_colours().items()}
    low = {name: round(contrast(a, b), 2) for name, (a, b) in pairs.items() if contrast(a, b) < MIN_CONTRAST}
    assert low == {}, f"text contrast under {MIN_CONTRAST}:1: {low}"
    # highlighted text is drawn in the text colour whatever line it is on (a caption's grey would fail on some)
    assert re.search(r"mark\.hl\s*\{[^}]*color:\s*var\(--fg\)", CSS)


@pytest.mark.parametrize("vision", ["normal", *CVD])
@pytest.mark.parametrize("palette", [speaker_colours, outlet_colours], ids=["speakers", "outlets"])
def test_categorical_colours_stay_apart_with_colour_vision_deficiencies(palette, vision: str) -> None:
    colours = palette()
    assert len(set(c.lower() for c in colours.values())) == len(colours)
    close = {(a, b): round(delta_e2000(lab(colours[a], vision), lab(colours[b], vision)), 1)
             for a, b in itertools.combinations(colours, 2)}
    close = {pair: d for pair, d in close.items() if d < MIN_DELTA_E}
    assert close == {}, f"{vision}: colours closer than ΔE2000 {MIN_DELTA_E}: {close}"
