//! What a visitor looks at and how it is applied: the view state and its shareable link ([`view_state`]), the
//! facets selected in and what each chart counts ([`facet`]), the matching problems in order ([`filter`]), CJK
//! search and highlighting ([`search`]), and long texts shortened for display ([`clip`]).

pub mod clip;
pub mod facet;
pub mod filter;
pub mod search;
pub mod view_state;
