// pela-admin report shift: filled below.
