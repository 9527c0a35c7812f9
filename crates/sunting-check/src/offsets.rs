//! Converting byte offsets (what Rust slices use) to UTF-16 code units (what JavaScript,
//! ProseMirror and the findings count). This is the only place that does it.

/// Converts a byte offset in `text` to a UTF-16 offset. Offsets inside a character, or past the
/// end, are clamped to the character's start or the text's end.
pub fn byte_to_utf16(text: &str, byte_offset: usize) -> usize {
    let mut byte_offset = byte_offset.min(text.len());
    while !text.is_char_boundary(byte_offset) {
        byte_offset -= 1;
    }
    text[..byte_offset].chars().map(char::len_utf16).sum()
}

/// Converts a UTF-16 offset in `text` to a byte offset. Offsets inside a surrogate pair, or past
/// the end, are clamped to the character's start or the text's end.
pub fn utf16_to_byte(text: &str, utf16_offset: usize) -> usize {
    let mut units = 0;
    for (byte, ch) in text.char_indices() {
        if units + ch.len_utf16() > utf16_offset {
            return byte;
        }
        units += ch.len_utf16();
    }
    text.len()
}

/// Converts several byte offsets at once in one pass; `offsets` must be sorted.
pub fn bytes_to_utf16_sorted(text: &str, offsets: &[usize]) -> Vec<usize> {
    let mut result = Vec::with_capacity(offsets.len());
    let mut units = 0;
    let mut chars = text.char_indices().peekable();
    for &offset in offsets {
        while let Some(&(byte, ch)) = chars.peek() {
            if byte + ch.len_utf8() <= offset {
                units += ch.len_utf16();
                chars.next();
            } else {
                break;
            }
        }
        result.push(units);
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn counts_surrogate_pairs_as_two() {
        let text = "a😀b é";
        assert_eq!(byte_to_utf16(text, 0), 0);
        assert_eq!(byte_to_utf16(text, 1), 1);
        assert_eq!(byte_to_utf16(text, 5), 3); // after the emoji
        assert_eq!(byte_to_utf16(text, 2), 1); // inside the emoji: clamped to its start
        assert_eq!(byte_to_utf16(text, text.len()), 6);
        assert_eq!(utf16_to_byte(text, 3), 5);
        assert_eq!(utf16_to_byte(text, 2), 1); // inside the pair: clamped
        assert_eq!(utf16_to_byte(text, 99), text.len());
    }

    proptest! {
        /// For any text and any character boundary, converting there and back is the identity,
        /// and the batch conversion agrees with the single one.
        #[test]
        fn round_trips_on_boundaries(text in "\\PC{0,30}[\u{300}\u{200d}\u{1F600}\u{5d0}\u{200b}a]{0,5}") {
            let boundaries: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
            let batch = bytes_to_utf16_sorted(&text, &boundaries);
            for (&byte, &units) in boundaries.iter().zip(&batch) {
                prop_assert_eq!(byte_to_utf16(&text, byte), units);
                prop_assert_eq!(utf16_to_byte(&text, units), byte);
            }
            prop_assert_eq!(*batch.last().unwrap(), text.encode_utf16().count());
        }
    }
}
