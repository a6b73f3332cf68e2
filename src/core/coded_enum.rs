// Included by `core/mod.rs` and by `build.rs`, which reads the shipped lists with the same code.
/// Declares a domain enum with a stable code, `Display`/`FromStr` over that code, an `ALL` list
/// and a Dutch/English label: every enum here needs exactly that and nothing more.
macro_rules! coded_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident => $code:literal, $nl:literal, $en:literal;)+ }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, ::serde::Serialize, ::serde::Deserialize)]
        pub enum $name {
            $(#[serde(rename = $code)] $variant,)+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant,)+];

            /// The stable code used in storage, files and URLs.
            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code,)+ }
            }

            /// The name a person reads.
            pub fn label(self, lang: $crate::core::lang::Lang) -> &'static str {
                match self { $($name::$variant => lang.pick($nl, $en),)+ }
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.code())
            }
        }

        impl ::std::str::FromStr for $name {
            type Err = String;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                let wanted = s.trim();
                $name::ALL
                    .iter()
                    .copied()
                    .find(|v| v.code().eq_ignore_ascii_case(wanted))
                    .ok_or_else(|| wanted.to_string())
            }
        }
    };
}
