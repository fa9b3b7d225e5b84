// Package workflow reads a skyops workflow file: a YAML file that names a
// set of jobs, how each runs (a wasm module, a Docker image, a process or a
// model template, with the resources and placement of submit-task's flags),
// which jobs each needs, job arrays and matrices, and which files of a
// parent's outputs become a child's inputs. Parse checks the file and
// File.Instances expands it into the graph of job instances a runner
// submits; docs/workflow.md describes the format.
//
// It is pure: it must never do I/O beyond ParseFile reading the workflow
// file itself (the files a workflow names are the caller's to read: it
// returns their paths), never talk to a network, a daemon, Docker or a
// wallet, and never let map iteration order reach a result. A hostile file
// must not make it allocate more than its limits allow: sizes are checked
// before anything is expanded, and every error names its line.
package workflow
