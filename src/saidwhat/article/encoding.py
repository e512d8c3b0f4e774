"""Bytes → text: decoding, binary refusal and mojibake repair.

:func:`decode_bytes` turns the bytes of one input into the text that every offset of the result
indexes. It tries, in order:

1. a byte order mark (UTF-8, UTF-16, UTF-32);
2. strict UTF-8 (the encoding of nearly all web text; WHATWG Encoding Standard);
3. Windows-1252 when the bytes decode with it and read as mostly-ASCII Latin text (the WHATWG
   standard maps the ``latin1``/``iso-8859-1`` labels to it, and it is the usual legacy encoding of
   English news text); short Latin texts are where statistical detectors most often pick a wrong
   sibling code page (cp1257, cp1250);
4. otherwise the best guess of charset-normalizer (Cyrillic, CJK and other code pages).

Data with NUL bytes or many control characters is refused as binary. Text whose UTF-8 was decoded
as Windows-1252 somewhere upstream (mojibake such as ``â€œ`` for ``“``) is repaired with ftfy's
encoding fixer only (no quote uncurling, no Unicode normalisation, no HTML unescaping), and the
result says so: offsets then index the repaired text, not the bytes as given.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from ..config import Config
from ..errors import InputError, InputTooLargeError

#: Largest share of control characters (other than tab, newlines, form feed) a text may hold.
MAX_CONTROL_SHARE = 0.01
#: Largest share of non-ASCII letters among letters for the Windows-1252 shortcut (step 3).
MAX_CP1252_NON_ASCII_LETTERS = 0.3

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32 LE"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32 BE"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16 LE"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16 BE"),
)
_ALLOWED_CONTROLS = frozenset("\t\n\r\x0b\x0c")


@dataclass(frozen=True)
class DecodedText:
    """The text of one input and how it was obtained.

    Attributes:
        text: the decoded (and possibly repaired) text; offsets of results index this string,
            in characters (Unicode code points).
        encoding: the codec used (Python name: ``"utf-8"``, ``"cp1252"``, ``"utf-16-le"``…).
        repaired: ``True`` when mojibake was repaired, so ``text`` differs from a plain decoding.
        notes: one-line remarks for the user (encoding guessed, BOM dropped, text repaired).
    """

    text: str
    encoding: str
    repaired: bool = False
    notes: tuple[str, ...] = ()


def _control_share(text: str) -> float:
    """Share of C0 control characters (and DEL) other than tab, newlines and form feed.

    C1 controls (U+0080-U+009F) are left out: they are what mojibake of curly quotes leaves
    (``â€\x9d`` for ``”``) and are repaired, not refused.
    """
    if not text:
        return 0.0
    n = sum(1 for ch in text if (ch < " " or ch == "\x7f") and ch not in _ALLOWED_CONTROLS)
    return n / len(text)


def _try_cp1252(data: bytes) -> str | None:
    """``data`` as Windows-1252 when it decodes and reads as mostly-ASCII Latin text, else ``None``."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return None
    non_ascii = sum(1 for ch in letters if ord(ch) > 127)
    if non_ascii / len(letters) > MAX_CP1252_NON_ASCII_LETTERS:
        return None
    return text


def _guess_utf16_without_bom(data: bytes) -> str | None:
    """``"utf-16-le"``/``"utf-16-be"`` when NULs sit on every other byte (ASCII-range UTF-16)."""
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2], data[1::2]
    half = len(data) // 2
    if odd.count(0) >= 0.9 * half and even.count(0) == 0:
        return "utf-16-le"
    if even.count(0) >= 0.9 * half and odd.count(0) == 0:
        return "utf-16-be"
    return None


def _repair(text: str) -> str:
    """``text`` with mojibake fixed by ftfy's encoding fixer (nothing else changed)."""
    import ftfy

    cfg = ftfy.TextFixerConfig(
        unescape_html=False, remove_terminal_escapes=False, fix_encoding=True, restore_byte_a0=True,
        replace_lossy_sequences=True, decode_inconsistent_utf8=True, fix_c1_controls=True,
        fix_latin_ligatures=False, fix_character_width=False, uncurl_quotes=False, fix_line_breaks=False,
        fix_surrogates=True, remove_control_chars=False, normalization=None, explain=False,
    )
    return ftfy.fix_text(text, config=cfg)


#: A UTF-8 lead byte read as Latin-1/Windows-1252 (Â..ô) followed by a continuation byte read
#: likewise: every mojibake ftfy can repair contains such a pair, so clean text skips ftfy.
_MOJIBAKE_HINT_RE = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)


#: C1 control characters (U+0080–U+009F): never meant in news text; Windows-1252 bytes read as
#: Latin-1 somewhere upstream (U+0093/U+0094 for “ ”, U+0092 for ’), which old feeds carry.
_C1_RE = re.compile("[\u0080-\u009f]")


def _looks_bad(text: str) -> bool:
    if _C1_RE.search(text):
        return True
    if not _MOJIBAKE_HINT_RE.search(text):
        return False
    from ftfy.badness import is_bad

    return is_bad(text)


def decode_bytes(data: bytes, *, name: str = "input", config: Config | None = None) -> DecodedText:
    """Decode the bytes of one input into text (see the module docstring for the order of tries).

    Args:
        data: the raw bytes.
        name: what to call the input in messages (a path, ``"<stdin>"``, a record id).
        config: limits (``max_input_bytes``); ``Config.from_env()`` when ``None``.

    Returns:
        A :class:`DecodedText`. Offsets of everything extracted from it are characters of
        ``DecodedText.text``.

    Raises:
        InputTooLargeError: more than ``config.max_input_bytes`` bytes.
        InputError: not bytes; empty or whitespace only; binary (NUL bytes, control
            characters); no encoding fits.
    """
    cfg = config or Config.from_env()
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise InputError(f"{name}: expected bytes, got {type(data).__name__}")
    data = bytes(data)
    if len(data) > cfg.max_input_bytes:
        raise InputTooLargeError(f"{name}: {len(data):,} bytes, over the limit of {cfg.max_input_bytes:,} "
                                 "(set SAIDWHAT_MAX_INPUT_BYTES or Config.max_input_bytes)")
    if not data.strip():
        raise InputError(f"{name}: empty input (no text)")

    notes: list[str] = []
    text: str | None = None
    encoding = ""
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(codec)
            except UnicodeDecodeError as exc:
                raise InputError(f"{name}: starts with a {label} byte order mark but is not valid {label} "
                                 f"(byte {exc.start + len(bom)})") from None
            encoding = codec
            notes.append(f"{label} byte order mark dropped; offsets index the text after it")
            break
    if text is None:
        utf16 = _guess_utf16_without_bom(data)
        if utf16 is not None:
            try:
                text, encoding = data.decode(utf16), utf16
                notes.append(f"decoded as {utf16} (no byte order mark; NUL on every other byte)")
            except UnicodeDecodeError:
                text = None
    if text is None:
        if b"\x00" in data:
            raise InputError(f"{name}: binary data (contains NUL bytes), not text")
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError as exc:
            first_bad = exc.start
            text = _try_cp1252(data)
            if text is not None:
                encoding = "cp1252"
                notes.append(f"not valid UTF-8 (byte {first_bad}); decoded as cp1252 (Windows-1252, a superset of "
                             "Latin-1)")
            else:
                from charset_normalizer import from_bytes

                best = from_bytes(data).best()
                if best is None or best.encoding in ("utf_16", "utf_16_le", "utf_16_be", "utf_32"):
                    raise InputError(f"{name}: not text in any known encoding (not valid UTF-8 at byte {first_bad}, "
                                     "and no other encoding fits)")
                text, encoding = str(best), best.encoding
                notes.append(f"not valid UTF-8 (byte {first_bad}); decoded as {encoding} "
                             "(guessed by charset-normalizer)")
    if _control_share(text) > MAX_CONTROL_SHARE:
        raise InputError(f"{name}: binary data ({_control_share(text):.0%} control characters), not text")
    if not text.strip():
        raise InputError(f"{name}: empty input (only whitespace)")

    repaired = False
    if _looks_bad(text):
        fixed = _repair(text)
        if fixed != text and fixed.strip():
            what = ("C1 control characters (Windows-1252 bytes read as Latin-1 such as U+0093 for '“')"
                    if _C1_RE.search(text) and not _MOJIBAKE_HINT_RE.search(text)
                    else "mojibake (mis-decoded UTF-8 such as 'â€œ' for '“')")
            text, repaired = fixed, True
            notes.append(f"repaired {what} with ftfy; offsets index the repaired text")
    return DecodedText(text=text, encoding=encoding, repaired=repaired, notes=tuple(notes))
