//! What the problems add up to: counts by status, kind, category and unit ([`tally`]), each unit's completion
//! rates ranked ([`standings`]), two reports of one round compared ([`progress`]), and deadlines against the report's
//! date and today ([`deadline`]).

pub mod deadline;
pub mod progress;
pub mod standings;
pub mod tally;
