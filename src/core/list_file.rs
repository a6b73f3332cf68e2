//! A list file's bytes as text. A CSV list is usually made in a spreadsheet, and Excel on Windows
//! saves "CSV (gescheiden door lijstscheidingsteken)" in Windows-1252, not UTF-8; its "Unicode
//! text" is UTF-16. Read as UTF-8, every ë of such a file would become � without a word. So a list
//! file that is not UTF-8 is read as what the spreadsheet wrote, and the app says so.
//! (Profiles and backups are JSON, which is UTF-8 by definition: they are not guessed at.)

use std::fmt;

/// How a list file's bytes were read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ListEncoding {
    Utf8,
    /// With its byte order mark (little or big endian), as Excel's "Unicode text" writes it.
    Utf16,
    /// Not UTF-8: read as Excel on Windows writes a CSV file.
    Windows1252,
}

impl fmt::Display for ListEncoding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ListEncoding::Utf8 => "UTF-8",
            ListEncoding::Utf16 => "UTF-16",
            ListEncoding::Windows1252 => "Windows-1252",
        })
    }
}

/// Windows-1252's bytes 0x80–0x9F (where it differs from Latin-1). The five bytes it leaves
/// undefined keep their own code point, as browsers' decoders do.
const WINDOWS_1252_HIGH: [u16; 32] = [
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
];

fn windows_1252(byte: u8) -> char {
    match byte {
        0x80..=0x9F => char::from_u32(u32::from(WINDOWS_1252_HIGH[usize::from(byte - 0x80)])).unwrap_or('\u{fffd}'),
        _ => char::from(byte),
    }
}

fn utf16(bytes: &[u8], little_endian: bool) -> String {
    let units = bytes.chunks(2).map(|pair| match (pair, little_endian) {
        ([low, high], true) | ([high, low], false) => u16::from_le_bytes([*low, *high]),
        _ => 0xFFFD, // an odd last byte
    });
    char::decode_utf16(units).map(|c| c.unwrap_or('\u{fffd}')).collect()
}

/// The text of a list file and how it was read: UTF-8 (a byte order mark dropped) when the bytes
/// are UTF-8; UTF-16 when they start with its byte order mark; otherwise Windows-1252.
pub fn text_of_list_file(bytes: Vec<u8>) -> (String, ListEncoding) {
    match bytes.as_slice() {
        [0xFF, 0xFE, rest @ ..] => (utf16(rest, true), ListEncoding::Utf16),
        [0xFE, 0xFF, rest @ ..] => (utf16(rest, false), ListEncoding::Utf16),
        _ => match String::from_utf8(bytes) {
            Ok(text) => (text.strip_prefix('\u{feff}').map(str::to_string).unwrap_or(text), ListEncoding::Utf8),
            Err(not_utf8) => (not_utf8.as_bytes().iter().map(|b| windows_1252(*b)).collect(), ListEncoding::Windows1252),
        },
    }
}
