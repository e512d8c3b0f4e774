"""Tests of saidwhat.article.encoding.decode_bytes: UTF-8 first, cp1252/charset guess, binary refusal, mojibake repair."""

from __future__ import annotations

import codecs

import pytest

from saidwhat.article.encoding import DecodedText, decode_bytes
from saidwhat.config import Config
from saidwhat.errors import InputError, InputTooLargeError


def test_utf8_is_taken_as_is():
    text = "Assad said, “We agree” — café\u00a0ok.\r\n"
    r = decode_bytes(text.encode("utf-8"), name="a.txt")
    assert r == DecodedText(text=text, encoding="utf-8", repaired=False, notes=())


def test_utf8_bom_is_dropped_with_a_note():
    r = decode_bytes(codecs.BOM_UTF8 + "Hello “there”".encode(), name="a.txt")
    assert r.text == "Hello “there”" and r.encoding == "utf-8" and not r.repaired
    assert len(r.notes) == 1 and "byte order mark" in r.notes[0]


@pytest.mark.parametrize("codec", ["utf-16", "utf-32"])
def test_utf16_and_utf32_with_bom(codec):
    r = decode_bytes("Mayor said “no”.".encode(codec), name="a.txt")
    assert r.text == "Mayor said “no”."
    assert r.encoding.startswith(codec)


def test_utf16_without_bom_is_not_taken_for_binary():
    r = decode_bytes("Plain ASCII text in UTF-16.".encode("utf-16-le"))
    assert r.text == "Plain ASCII text in UTF-16." and r.encoding == "utf-16-le"


@pytest.mark.parametrize("text,codec", [
    ("Le café est très «bon» à Paris, déjà vu. Ça va très bien.", "latin-1"),
    ("He said “hi” — it’s fine…", "cp1252"),
])
def test_latin_legacy_text_is_decoded_as_cp1252_with_a_note(text, codec):
    r = decode_bytes(text.encode(codec), name="old.txt")
    assert r.text == text
    assert r.encoding == "cp1252" and not r.repaired
    assert any("not valid UTF-8" in n and "cp1252" in n for n in r.notes)


def test_cyrillic_code_page_is_guessed_by_charset_normalizer():
    text = "Президент заявил, что переговоры продолжатся на следующей неделе в Москве."
    r = decode_bytes(text.encode("cp1251"), name="ru.txt")
    assert r.text == text
    assert "charset-normalizer" in " ".join(r.notes)


def test_mojibake_of_curly_quotes_is_repaired():
    broken = "Mayor Ines Duarte said â€œwe will not raise taxesâ€\x9d and itâ€™s final."
    r = decode_bytes(broken.encode("utf-8"), name="m.txt")
    assert r.text == "Mayor Ines Duarte said “we will not raise taxes” and it’s final."
    assert r.repaired is True and r.encoding == "utf-8"
    assert any("offsets index the repaired text" in n for n in r.notes)


@pytest.mark.parametrize("broken,fixed", [
    # fixed bug (session 6, newcomer report): U+0093/U+0094 left in place gave an indirect
    # attribution 'We won,' and the role "won,\x94" for Ann Lee
    ("\x93We won,\x94 Ann Lee said.", "“We won,” Ann Lee said."),
    ("It\x92s over, she said \x96 and left.", "It’s over, she said – and left."),
])
def test_c1_controls_for_windows_1252_quotes_are_repaired(broken, fixed):
    r = decode_bytes(broken.encode("utf-8"), name="c1.txt")
    assert r.text == fixed and r.repaired is True
    assert any("C1 control characters" in n for n in r.notes)


def test_c1_quotes_give_a_direct_quote_without_a_made_up_role():
    import saidwhat

    art = saidwhat.extract(decode_bytes("\x93We won,\x94 Ann Lee said.".encode("utf-8")).text, mode="fast")
    (a,) = art.attributions
    assert a.type == "direct" and a.content.text.strip("“”,") == "We won"
    sp = art.speaker(a.speaker_id)
    assert sp is not None and sp.name == "Ann Lee" and not sp.role


def test_clean_text_is_not_touched_by_the_repair():
    text = "Straight \"quotes\", curly “quotes”, à la carte, naïve, 5 € — fine."
    r = decode_bytes(text.encode("utf-8"))
    assert r.text == text and not r.repaired


@pytest.mark.parametrize("data,cause", [
    (b"", "empty"),
    (b" \n\t\r\n ", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
    (b"text\x00with a NUL byte", "binary"),
    (b"abc\x01\x02\x03\x04\x05\x06\x07\x08 control soup", "binary"),
    (bytes(range(128, 256)) * 4, "not text"),
])
def test_refused_inputs_name_the_input_and_the_cause(data, cause):
    with pytest.raises(InputError) as ei:
        decode_bytes(data, name="some/file.bin")
    msg = str(ei.value)
    assert msg.startswith("some/file.bin: ") and cause in msg and "\n" not in msg


def test_over_the_byte_limit_is_refused():
    with pytest.raises(InputTooLargeError, match=r"^big\.txt: 100 bytes, over the limit of 10"):
        decode_bytes(b"x" * 100, name="big.txt", config=Config(max_input_bytes=10))


def test_byte_limit_comes_from_the_environment(monkeypatch):
    monkeypatch.setenv("SAIDWHAT_MAX_INPUT_BYTES", "5")
    with pytest.raises(InputTooLargeError):
        decode_bytes(b"hello world")


def test_non_bytes_is_refused():
    with pytest.raises(InputError, match="expected bytes"):
        decode_bytes("already text")  # type: ignore[arg-type]
