"""The demo: a believable data set dated relative to now (`builder.DemoBuilder`), and the
`followup demo` command that fills an empty data folder with it. Tests build on it too."""
