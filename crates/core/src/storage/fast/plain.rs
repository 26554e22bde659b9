//! A reader for the plain RON this version writes, several times faster than ron's own.
//!
//! ron's parser pays for every token (whitespace, comments, extensions, struct names): a file
//! of 10,000 commitments (28 MB) costs it about 140 ms on one core. This reader knows only what
//! the canonical form holds: structs without names, lists, `Some(..)`/`None`, unit and newtype
//! variants, unsigned or plain negative decimals, booleans and `"…"` strings with the escapes
//! ron writes. Anything else, and any field the model does not know (serde asks for it to be
//! ignored), is "unsure": the caller then parses with ron, which gives the answer and message
//! it always gave. Where it does answer, the answer is ron's: a test compares the two on
//! projects with every kind of character.

use serde::de::{self, DeserializeOwned, DeserializeSeed, Visitor};

/// "Not something this reader follows"; the caller falls back to ron.
#[derive(Debug)]
pub(crate) struct Unsure;

impl std::fmt::Display for Unsure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("unsure")
    }
}

impl std::error::Error for Unsure {}

impl de::Error for Unsure {
    fn custom<T: std::fmt::Display>(_: T) -> Self {
        Unsure
    }
}

type Result<T> = std::result::Result<T, Unsure>;

/// The whole of `text` as one `T`.
pub(crate) fn from_str<T: DeserializeOwned>(text: &str) -> Option<T> {
    let mut reader = Reader::new(text);
    let value = T::deserialize(&mut reader).ok()?;
    reader.at_end().then_some(value)
}

/// A run of list elements, `a, b, c,` (the brackets around them left out), to the end of `text`.
pub(crate) fn elements<T: DeserializeOwned>(text: &str) -> Option<Vec<T>> {
    let mut reader = Reader::new(text);
    let mut list = Vec::new();
    let mut items = Items::new(&mut reader, None);
    while let Some(item) = de::SeqAccess::next_element(&mut items).ok()? {
        list.push(item);
    }
    reader.at_end().then_some(list)
}

/// `text` read as if the bytes from `skip.0` to `skip.1` were not there, where `skip.0` must
/// fall between two elements of the list that opens at `list` in the top value, and that list
/// must close at `skip.1`. That proves the skipped bytes were a run of whole elements of that
/// list, outside any string. `None` when any of it does not hold.
pub(crate) fn skipping_elements<T: DeserializeOwned>(
    text: &str,
    list: usize,
    skip: (usize, usize),
) -> Option<T> {
    let mut reader = Reader::new(text);
    reader.skip = Some(Skip {
        from: skip.0,
        to: skip.1,
        taken: false,
        list,
    });
    let value = T::deserialize(&mut reader).ok()?;
    let held = reader.skip.as_ref().is_some_and(|s| s.taken) && reader.list_closed_at == skip.1;
    (reader.at_end() && held).then_some(value)
}

struct Skip {
    from: usize,
    to: usize,
    taken: bool,
    /// Where the list the skip falls in opens.
    list: usize,
}

struct Reader<'de> {
    text: &'de str,
    bytes: &'de [u8],
    i: usize,
    /// The lists open around the reader, by where they opened.
    open_lists: Vec<usize>,
    skip: Option<Skip>,
    /// Where the list the skip falls in closed, once it has.
    list_closed_at: usize,
}

impl<'de> Reader<'de> {
    fn new(text: &'de str) -> Self {
        Self {
            text,
            bytes: text.as_bytes(),
            i: 0,
            open_lists: Vec::new(),
            skip: None,
            list_closed_at: usize::MAX,
        }
    }

    fn skip_ws(&mut self) {
        while matches!(self.bytes.get(self.i), Some(b' ' | b'\n' | b'\t' | b'\r')) {
            self.i += 1;
        }
        if let Some(skip) = self.skip.as_mut().filter(|s| !s.taken && s.from == self.i) {
            // Only between elements of the named list: the innermost open list is that one,
            // and the token just read is the comma after an element.
            let after_comma = self.bytes[..self.i].trim_ascii_end().last() == Some(&b',');
            if after_comma && self.open_lists.last() == Some(&skip.list) {
                skip.taken = true;
                self.i = skip.to;
            }
        }
    }

    fn at_end(&mut self) -> bool {
        self.skip_ws();
        self.i == self.bytes.len()
    }

    fn peek(&mut self) -> Option<u8> {
        self.skip_ws();
        self.bytes.get(self.i).copied()
    }

    fn expect(&mut self, byte: u8) -> Result<()> {
        match self.peek() == Some(byte) {
            true => {
                self.i += 1;
                Ok(())
            }
            false => Err(Unsure),
        }
    }

    /// The byte right after the last token, with no whitespace between.
    fn next_is(&self, byte: u8) -> bool {
        self.bytes.get(self.i) == Some(&byte)
    }

    fn identifier(&mut self) -> Result<&'de str> {
        self.skip_ws();
        let start = self.i;
        if !matches!(
            self.bytes.get(start),
            Some(b'a'..=b'z' | b'A'..=b'Z' | b'_')
        ) {
            return Err(Unsure);
        }
        self.i += 1;
        while matches!(self.bytes.get(self.i), Some(b) if b.is_ascii_alphanumeric() || *b == b'_') {
            self.i += 1;
        }
        // `r#raw`, `b"bytes"`, `r"raw"`: ron's, not ours.
        if matches!(self.bytes.get(self.i), Some(b'#' | b'"' | b'\'')) {
            return Err(Unsure);
        }
        self.text.get(start..self.i).ok_or(Unsure)
    }

    /// Decimal digits with no sign, no leading zero, and a delimiter after them.
    fn digits(&mut self) -> Result<u64> {
        let start = self.i;
        let mut value: u64 = 0;
        while let Some(d) = self.bytes.get(self.i).filter(|b| b.is_ascii_digit()) {
            value = value
                .checked_mul(10)
                .and_then(|v| v.checked_add(u64::from(d - b'0')))
                .ok_or(Unsure)?;
            self.i += 1;
        }
        let len = self.i - start;
        let delimited = matches!(
            self.bytes.get(self.i),
            None | Some(b',' | b')' | b']' | b' ' | b'\n' | b'\t' | b'\r')
        );
        match len == 0 || (len > 1 && self.bytes[start] == b'0') || !delimited {
            true => Err(Unsure),
            false => Ok(value),
        }
    }

    fn unsigned(&mut self) -> Result<u64> {
        self.skip_ws();
        self.digits()
    }

    fn signed(&mut self) -> Result<i64> {
        self.skip_ws();
        let negative = self.next_is(b'-');
        self.i += usize::from(negative);
        let value = i64::try_from(self.digits()?).map_err(|_| Unsure)?;
        Ok(if negative { -value } else { value })
    }

    /// A `"…"` string: borrowed when it holds no escape.
    fn string(&mut self) -> Result<Text<'de>> {
        self.expect(b'"')?;
        let start = self.i;
        let end = start + memchr::memchr2(b'"', b'\\', &self.bytes[start..]).ok_or(Unsure)?;
        if self.bytes[end] == b'"' {
            self.i = end + 1;
            return self.text.get(start..end).map(Text::Borrowed).ok_or(Unsure);
        }
        let mut owned = String::with_capacity(end - start + 16);
        let mut from = start;
        loop {
            let at = from + memchr::memchr2(b'"', b'\\', &self.bytes[from..]).ok_or(Unsure)?;
            owned.push_str(self.text.get(from..at).ok_or(Unsure)?);
            if self.bytes[at] == b'"' {
                self.i = at + 1;
                return Ok(Text::Owned(owned));
            }
            let (c, len) = self.escape(at + 1)?;
            owned.push(c);
            from = at + 1 + len;
        }
    }

    /// The escapes `char::escape_debug` writes, which ron reads the same way: the character
    /// and how many bytes after the backslash it took.
    fn escape(&self, at: usize) -> Result<(char, usize)> {
        let simple = match self.bytes.get(at) {
            Some(b'\'') => '\'',
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'0') => '\0',
            Some(b'u') => return self.unicode_escape(at + 1),
            _ => return Err(Unsure),
        };
        Ok((simple, 1))
    }

    /// `{` one to six hex digits `}`, after the `u`.
    fn unicode_escape(&self, at: usize) -> Result<(char, usize)> {
        if self.bytes.get(at) != Some(&b'{') {
            return Err(Unsure);
        }
        let hex = self.bytes.get(at + 1..).ok_or(Unsure)?;
        let digits = hex.iter().take_while(|b| b.is_ascii_hexdigit()).count();
        if !(1..=6).contains(&digits) || hex.get(digits) != Some(&b'}') {
            return Err(Unsure);
        }
        let code = std::str::from_utf8(&hex[..digits]).map_err(|_| Unsure)?;
        let code = u32::from_str_radix(code, 16).map_err(|_| Unsure)?;
        let c = char::from_u32(code).ok_or(Unsure)?;
        Ok((c, 1 + 1 + digits + 1))
    }
}

enum Text<'de> {
    Borrowed(&'de str),
    Owned(String),
}

/// Number methods reading with one `Reader` method and giving it to one visitor method.
macro_rules! numbers {
    ($($($method:ident)* => $read:ident, $visit:ident;)*) => {$($(
        fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
            visitor.$visit(self.$read()?)
        }
    )*)*};
}

/// Methods for what the canonical form never holds.
macro_rules! unsure {
    ($($method:ident)*) => {$(
        fn $method<V: Visitor<'de>>(self, _: V) -> Result<V::Value> {
            Err(Unsure)
        }
    )*};
}

impl<'de> de::Deserializer<'de> for &mut Reader<'de> {
    type Error = Unsure;

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        match self.identifier()? {
            "true" => visitor.visit_bool(true),
            "false" => visitor.visit_bool(false),
            _ => Err(Unsure),
        }
    }

    numbers! {
        deserialize_i8 deserialize_i16 deserialize_i32 deserialize_i64 => signed, visit_i64;
        deserialize_u8 deserialize_u16 deserialize_u32 deserialize_u64 => unsigned, visit_u64;
    }

    unsure!(deserialize_f32 deserialize_f64 deserialize_char deserialize_bytes);
    unsure!(deserialize_byte_buf deserialize_unit deserialize_map deserialize_any);

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        match self.string()? {
            Text::Borrowed(s) => visitor.visit_borrowed_str(s),
            Text::Owned(s) => visitor.visit_string(s),
        }
    }
    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_str(visitor)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        match self.identifier()? {
            "None" => visitor.visit_none(),
            "Some" if self.next_is(b'(') => {
                self.i += 1;
                let value = visitor.visit_some(&mut *self)?;
                self.expect(b')')?;
                Ok(value)
            }
            _ => Err(Unsure),
        }
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(self, _: &'static str, _: V) -> Result<V::Value> {
        Err(Unsure)
    }
    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: V,
    ) -> Result<V::Value> {
        Err(Unsure)
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.expect(b'[')?;
        let opened = self.i - 1;
        self.open_lists.push(opened);
        let value = visitor.visit_seq(Items::new(self, Some(b']')))?;
        self.expect(b']')?;
        self.open_lists.pop();
        if self.skip.as_ref().is_some_and(|s| s.list == opened) {
            self.list_closed_at = self.i - 1;
        }
        Ok(value)
    }

    fn deserialize_tuple<V: Visitor<'de>>(self, _: usize, _: V) -> Result<V::Value> {
        Err(Unsure)
    }
    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: usize,
        _: V,
    ) -> Result<V::Value> {
        Err(Unsure)
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value> {
        self.expect(b'(')?;
        // A struct is not a list: the skip must not be taken between its fields.
        self.open_lists.push(usize::MAX);
        let value = visitor.visit_map(Items::new(self, Some(b')')))?;
        self.expect(b')')?;
        self.open_lists.pop();
        Ok(value)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value> {
        let name = self.identifier()?;
        let holds_value = self.next_is(b'(');
        visitor.visit_enum(Variant {
            reader: self,
            name,
            holds_value,
        })
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        visitor.visit_borrowed_str(self.identifier()?)
    }

    /// A field or value the model would drop: the careful parse must see it.
    fn deserialize_ignored_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value> {
        Err(Unsure)
    }
}

/// The elements of a list or the fields of a struct, separated by commas, a last comma
/// allowed. `close: None` reads to the end of the text.
struct Items<'a, 'de> {
    reader: &'a mut Reader<'de>,
    close: Option<u8>,
    /// The last item was not followed by a comma, so only the close may come.
    needs_close: bool,
}

impl<'a, 'de> Items<'a, 'de> {
    fn new(reader: &'a mut Reader<'de>, close: Option<u8>) -> Self {
        Self {
            reader,
            close,
            needs_close: false,
        }
    }

    /// Whether another item follows; `Err` when neither an item nor the close may come.
    fn more(&mut self) -> Result<bool> {
        let next = self.reader.peek();
        if next == self.close {
            return Ok(false);
        }
        match self.needs_close {
            true => Err(Unsure),
            false => Ok(true),
        }
    }

    fn after_item(&mut self) {
        if self.reader.peek() == Some(b',') {
            self.reader.i += 1;
        } else {
            self.needs_close = true;
        }
    }
}

impl<'de> de::SeqAccess<'de> for Items<'_, 'de> {
    type Error = Unsure;

    fn next_element_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>> {
        if !self.more()? {
            return Ok(None);
        }
        let value = seed.deserialize(&mut *self.reader)?;
        self.after_item();
        Ok(Some(value))
    }
}

impl<'de> de::MapAccess<'de> for Items<'_, 'de> {
    type Error = Unsure;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>> {
        if !self.more()? {
            return Ok(None);
        }
        let name: de::value::BorrowedStrDeserializer<'de, Unsure> =
            de::value::BorrowedStrDeserializer::new(self.reader.identifier()?);
        let key = seed.deserialize(name)?;
        self.reader.expect(b':')?;
        Ok(Some(key))
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value> {
        let value = seed.deserialize(&mut *self.reader)?;
        self.after_item();
        Ok(value)
    }
}

/// A variant by name: `Name` alone, or `Name(value)`.
struct Variant<'a, 'de> {
    reader: &'a mut Reader<'de>,
    name: &'de str,
    holds_value: bool,
}

impl<'a, 'de> de::EnumAccess<'de> for Variant<'a, 'de> {
    type Error = Unsure;
    type Variant = Self;

    fn variant_seed<V: DeserializeSeed<'de>>(self, seed: V) -> Result<(V::Value, Self)> {
        let name: de::value::BorrowedStrDeserializer<'de, Unsure> =
            de::value::BorrowedStrDeserializer::new(self.name);
        Ok((seed.deserialize(name)?, self))
    }
}

impl<'de> de::VariantAccess<'de> for Variant<'_, 'de> {
    type Error = Unsure;

    fn unit_variant(self) -> Result<()> {
        match self.holds_value {
            true => Err(Unsure),
            false => Ok(()),
        }
    }

    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, seed: T) -> Result<T::Value> {
        if !self.holds_value {
            return Err(Unsure);
        }
        self.reader.i += 1;
        let value = seed.deserialize(&mut *self.reader)?;
        self.reader.expect(b')')?;
        Ok(value)
    }

    fn tuple_variant<V: Visitor<'de>>(self, _: usize, _: V) -> Result<V::Value> {
        Err(Unsure)
    }

    fn struct_variant<V: Visitor<'de>>(self, _: &'static [&'static str], _: V) -> Result<V::Value> {
        Err(Unsure)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::merge::{Conflict, Field, Value};
    use crate::model::{Date, Project, synthetic::synthetic_project};
    use proptest::prelude::*;

    fn canonical(p: &Project) -> String {
        crate::storage::canonical::to_ron_string(p).unwrap()
    }

    /// Every text field of a small project set to one of `words`.
    fn project_saying(words: &[String]) -> Project {
        let mut p = synthetic_project(3, 2, 2);
        let mut word = words.iter().cycle();
        let mut next = || word.next().cloned().unwrap_or_default();
        p.title = next();
        p.description = next();
        for c in &mut p.commitments {
            (c.title, c.quote, c.actor) = (next(), next(), next());
            c.tags = vec![next(), next()];
            c.parent = Some(next());
            for e in &mut c.evidence {
                (e.url, e.title, e.note) = (next(), next(), next());
                e.archived = Some(next());
            }
            for n in &mut c.notes {
                n.text = next();
            }
        }
        p
    }

    /// Words made of what ron escapes, or writes as it is only just: control characters,
    /// quotes, backslashes, combining and direction marks.
    fn escaped() -> impl Strategy<Value = String> {
        let chars = r#"[\\"'\t\n\r\x00\x7f\x{85}\x{301}\x{200e}\x{2028}\x{1F600}a ]{0,10}"#;
        prop::string::string_regex(chars).unwrap()
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

        #[test]
        fn reads_what_ron_reads_whatever_the_characters(
            words in prop::collection::vec(prop_oneof![any::<String>(), escaped()], 1..12)
        ) {
            let p = project_saying(&words);
            let text = canonical(&p);
            prop_assert_eq!(from_str::<Project>(&text), Some(p));
        }
    }

    #[test]
    fn escapes_and_raw_line_breaks_read_as_ron_reads_them() {
        let p = project_saying(&["x".into()]);
        let text = canonical(&p);
        let edited = [
            "a\\\"b\\\\c\\'d\\n\\r\\t\\0e",
            "\\u{301}\\u{1F600}\\u{0}\\u{10FFFF}",
            "two\n  raw lines",
            "",
        ];
        for value in edited {
            let text = text.replacen("title: \"x\"", &format!("title: \"{value}\""), 1);
            let ron: Project = ron::from_str(&text).unwrap();
            assert_eq!(from_str::<Project>(&text), Some(ron), "{value}");
        }
    }

    #[test]
    fn conflicts_of_every_kind_read_back() {
        let mut p = synthetic_project(2, 1, 1);
        let c = p.commitments[0].clone();
        let values = [
            Value::Text("t".into()),
            Value::Date(Date::ymd(2024, 1, 2)),
            Value::Date(None),
            Value::Status(crate::model::Status::Fulfilled),
            Value::Number(3),
            Value::Flag(false),
            Value::List(vec!["a".into(), "b".into()]),
            Value::Id(None),
            Value::Replacement(None),
            Value::Evidence(c.evidence[0].clone()),
            Value::Commitment(Box::new(c)),
        ];
        for pair in values.chunks(2) {
            p.conflicts.push(Conflict {
                commitment: "C0".into(),
                field: Field::Source("s".into()),
                ours: pair[0].clone(),
                theirs: pair.last().cloned().unwrap(),
                ours_from: "ours".into(),
                theirs_from: "theirs".into(),
            });
        }
        p.conflicts[0].field = Field::Title;
        assert_eq!(from_str::<Project>(&canonical(&p)), Some(p));
    }

    #[test]
    fn is_unsure_of_anything_it_does_not_follow() {
        let text = canonical(&synthetic_project(2, 1, 1));
        let cases = [
            text.replacen("    title:", "    colour: 1,\n    title:", 1),
            text.replacen("(\n", "// note\n(\n", 1),
            text.replacen("(\n", "/* note */(\n", 1),
            text.replacen("(\n", "#![enable(implicit_some)]\n(\n", 1),
            text.replacen("(\n", "Project(\n", 1),
            text.replacen("title: \"", "title: r\"", 1),
            text.replacen("title: \"", "title: \"\\x41", 1),
            text.replacen("title: \"", "title: \"\\\n", 1),
            text.replacen("importance: ", "importance: 0", 1),
            text.replacen("importance: ", "importance: 0x", 1),
            text.replacen(",\n            concern", ".0,\n            concern", 1),
            text.replacen(",\n            concern", "_0,\n            concern", 1),
            text.replacen("date: Some(", "date: Some (", 1),
            text.replacen("status: ", "status: Status::", 1),
            text.replacen("concern: false", "concern: False", 1),
            text.replacen("),\n", ")\n", 1),
            format!("{text} ()"),
            text[..text.len() - 3].to_owned(),
        ];
        for case in cases {
            assert_ne!(case, text);
            assert_eq!(from_str::<Project>(&case), None, "{case}");
        }
        assert!(from_str::<Project>(&text).is_some());
    }

    #[test]
    fn a_skip_stands_only_between_elements_of_the_named_list() {
        let p = synthetic_project(4, 1, 1);
        let text = canonical(&p);
        let list = text.find("commitments: [").unwrap() + "commitments: ".len();
        let opens: Vec<usize> = text[list..]
            .match_indices("\n        (\n")
            .map(|(i, _)| list + i + 9)
            .collect();
        let end = text.rfind("\n    ]").unwrap() + 5;
        let around = |skip| skipping_elements::<Project>(&text, list, skip);
        let mut first_two = p.clone();
        first_two.commitments.truncate(2);
        assert_eq!(around((opens[2], end)), Some(first_two));
        // Inside an element, at the wrong list, or not up to the list's end.
        assert_eq!(around((opens[2] + 1, end)), None);
        assert_eq!(around((opens[2], end - 1)), None);
        assert_eq!(around((opens[2], opens[3])), None);
        assert_eq!(
            skipping_elements::<Project>(&text, list + 1, (opens[2], end)),
            None
        );
        let rest = elements::<crate::model::Commitment>(&text[opens[2]..end]).unwrap();
        assert_eq!(rest, p.commitments[2..]);
    }
}
