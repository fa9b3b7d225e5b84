package web

import "embed"

// staticFiles is the single-page app: index.html at /, the rest under
// /assets/.
//
//go:embed static
var staticFiles embed.FS
