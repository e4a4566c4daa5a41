import { describe, expect, it } from "vitest";
import { parseSrt, parseVtt } from "../../../src/formats/subtitles";
import { problemOf } from "../../support/fileProblem";

describe("parseVtt", () => {
  it("skips header, NOTE, STYLE and REGION blocks and cue identifiers; turns voices into labels", () => {
    const vtt = [
      "WEBVTT - Wawancara 1",
      "Kind: captions",
      "",
      "NOTE ini catatan",
      "yang panjang",
      "",
      "STYLE",
      "::cue { color: yellow }",
      "",
      "REGION",
      "id:bawah",
      "",
      "1",
      "00:01.000 --> 00:04.500 align:start position:10%",
      "<v Pewawancara>Apa kabar, Bu?</v>",
      "",
      "sapaan-2",
      "00:00:05.000 --> 00:00:09.250",
      "<v.loud Informan A>Baik,",
      "terima kasih.</v>",
      "",
      "01:02:03.004 --> 01:02:04.000",
      "Tanpa pembicara",
      "",
    ].join("\n");
    expect(parseVtt("w.vtt", vtt).text).toBe(
      "[00:00:01.000 - 00:00:04.500] Pewawancara: Apa kabar, Bu?\n" +
        "[00:00:05.000 - 00:00:09.250] Informan A: Baik, terima kasih.\n" +
        "[01:02:03.004 - 01:02:04.000] Tanpa pembicara\n",
    );
  });

  it("gives each voice of a multi-voice cue its own line with the same timestamps", () => {
    const vtt =
      "WEBVTT\n\n00:10.000 --> 00:12.000\n<v Pewawancara>Mulai?</v> <v Informan A>Ya, silakan.</v>\n\n" +
      "00:13.000 --> 00:15.000\n<v Bob>Hi\n<v Ann>Hello\n";
    expect(parseVtt("w.vtt", vtt).text).toBe(
      "[00:00:10.000 - 00:00:12.000] Pewawancara: Mulai?\n" +
        "[00:00:10.000 - 00:00:12.000] Informan A: Ya, silakan.\n" +
        "[00:00:13.000 - 00:00:15.000] Bob: Hi\n" +
        "[00:00:13.000 - 00:00:15.000] Ann: Hello\n",
    );
  });

  it("strips other tags and decodes entities", () => {
    const vtt =
      "WEBVTT\n\n00:00:13.000 --> 00:00:14.000\n" +
      "<c.kuning>Harga</c> <i>naik</i> &lt;10%&gt; &amp; <00:00:13.500><b>lagi</b>&nbsp;<u>ya</u> &#233;&#x1F600;\n" +
      "<lang ar>مرحبا</lang> &lrm;&rlm; <ruby>漢<rt>kan</rt></ruby> &bogus; &constructor; &#0;\n";
    expect(parseVtt("w.vtt", vtt).text).toBe(
      "[00:00:13.000 - 00:00:14.000] Harga naik <10%> & lagi\u00a0ya é😀 مرحبا \u200e\u200f 漢 &bogus; &constructor; &#0;\n",
    );
  });

  it("decodes entities in a voice name", () => {
    expect(parseVtt("w.vtt", "WEBVTT\n\n00:01.000 --> 00:02.000\n<v Ani &amp; Budi>Halo</v>\n").text).toBe(
      "[00:00:01.000 - 00:00:02.000] Ani & Budi: Halo\n",
    );
  });

  it("keeps the text of a cue with a malformed timing line, without a time, and names its line", () => {
    const vtt =
      "WEBVTT\n\n00:00:01.000 --> nanti\nRusak\n\n00:00:02.000 --> 00:00:03.000\nBaik\n\n" +
      "00:61.000 --> 00:62.000\nDetik tidak sah\n\n00:00:04 --> 00:00:05\nTanpa milidetik\n";
    expect(parseVtt("w.vtt", vtt)).toEqual({
      text: "Rusak\n[00:00:02.000 - 00:00:03.000] Baik\nDetik tidak sah\nTanpa milidetik\n",
      notes: [{ code: "brokenCues", values: { count: 3, lines: "3, 9, 12" } }],
    });
  });

  it("keeps the text of an SRT cue whose timing line lost its arrow", () => {
    const srt = "1\n00:00:01,000 --> 00:00:02,000\nSatu\n\n2\n00:00:02,000 -> 00:00:03,000\nDua\n\n3\n00:00:03,000 --> 00:00:04,000\nTiga\n";
    expect(parseSrt("w.srt", srt)).toEqual({
      text: "[00:00:01.000 - 00:00:02.000] Satu\nDua\n[00:00:03.000 - 00:00:04.000] Tiga\n",
      notes: [{ code: "brokenCue", values: { lines: "5" } }],
    });
  });

  it("rejects a file whose cues are all malformed", () => {
    const problem = problemOf(() => parseVtt("w.vtt", "WEBVTT\n\nabc --> def\nteks\n"));
    expect(problem.fileName).toBe("w.vtt");
    expect(problem.reason).toBe("has no usable subtitle cues");
  });

  it("rejects a file with no cues", () => {
    expect(problemOf(() => parseVtt("w.vtt", "WEBVTT\n\nNOTE hanya catatan\n")).reason).toBe("has no subtitle cues");
    expect(problemOf(() => parseVtt("w.vtt", "Hanya teks biasa.\n")).reason).toBe("has no subtitle cues");
  });
});

describe("parseSrt", () => {
  it("reads numbered cues with comma milliseconds, multi-line text and tags", () => {
    const srt = [
      "1",
      "00:00:01,000 --> 00:00:03,500",
      "JOHN: hi there",
      "",
      "2",
      "00:00:04,000 --> 00:00:06,000",
      "<i>Informan A:</i> Saya",
      '<font color="#ff0000">setuju</font>, <b>sangat</b> <U>setuju</U>.',
      "",
      "3",
      "00:00:07,000 --> 00:00:0x,000",
      "rusak",
      "",
      "",
      "4",
      "0:00:08,5 --> 00:00:09,25",
      "a < b & c",
      "",
    ].join("\n");
    expect(parseSrt("w.srt", srt)).toEqual({
      text:
        "[00:00:01.000 - 00:00:03.500] JOHN: hi there\n" +
        "[00:00:04.000 - 00:00:06.000] Informan A: Saya setuju, sangat setuju.\n" +
        "rusak\n" +
        "[00:00:08.500 - 00:00:09.250] a < b & c\n",
      notes: [{ code: "brokenCue", values: { lines: "10" } }],
    });
  });

  it("accepts CRLF line endings", () => {
    expect(parseSrt("w.srt", "1\r\n00:00:01,000 --> 00:00:02,000\r\nHalo\r\n\r\n2\r\n00:00:02,000 --> 00:00:03,000\r\nLagi\r\n").text).toBe(
      "[00:00:01.000 - 00:00:02.000] Halo\n[00:00:02.000 - 00:00:03.000] Lagi\n",
    );
  });

  it("rejects a file with no cues or no usable cues", () => {
    expect(problemOf(() => parseSrt("w.srt", "1\nHalo\n")).reason).toBe("has no subtitle cues");
    expect(problemOf(() => parseSrt("w.srt", "1\n00:00:01 --> 00:00:02\nHalo\n")).reason).toBe("has no usable subtitle cues");
  });
});
