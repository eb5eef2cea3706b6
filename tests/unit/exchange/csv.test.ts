import { describe, expect, it } from 'vitest';
import { csvCell, figuresCsv } from '../../../lib/exchange/csv';
import { sampleInput } from '../store/sample';

describe('figures CSV', () => {
  it('has a BOM, a header and one CRLF-terminated row per figure', () => {
    const input = sampleInput('newspaper-2022-thien-tai');
    const csv = figuresCsv([input]);
    expect(csv.startsWith('\uFEFFtitle,url,publishedAt,value,unit,text,sentence')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines).toHaveLength(input.analysis.figures.length + 2);
    expect(lines[1]).toContain(
      '"Thiên tai năm 2022 làm 175 người chết, mất tích, thiệt hại khoảng 19.453 tỷ đồng"',
    );
  });

  it('quotes commas, quotes and line breaks as RFC 4180 says', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(null)).toBe('');
  });

  it('defuses cells a spreadsheet would run as formulas, but keeps negative numbers numeric', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell('+1+2')).toBe("'+1+2");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(-5)).toBe('-5');
  });
});
