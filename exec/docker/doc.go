// Package docker runs skyops jobs as Docker containers, through the Docker
// Engine API (never the docker CLI). It is the runtime for jobs that need a
// full Linux userland or real GPUs; a node advertises it only when a Docker
// engine answers (see Available), and otherwise runs wasm jobs alone.
//
// A job names an image that must already be on the node: the job's owner
// builds or loads it there. The container sees the image's filesystem, argv
// and environment from the Job, and at most three host directories: the
// job's inputs at /inputs (read-only), its outputs at /outputs and its
// checkpoints at /checkpoint (both read-write).
//
// What the runtime must never do, whatever the image contains:
//   - pull from a registry: an image that is not local is an error, so a job
//     cannot make the node fetch anything (ErrImageMissing: the node's
//     trouble, not the job's, so its executor gives the attempt back; nodes
//     advertise the images they hold, see Runtime.Images);
//   - give the container a network unless the job asks (Job.Network):
//     containers run with NetworkMode "none" (loopback only);
//   - leave a container behind: every container is labelled skyops=1 and is
//     force-removed when Run returns, on errors and panics too, with a
//     context of its own so that a canceled caller does not prevent it;
//   - let a container outlive its Duration or the caller's context: it is
//     killed (SIGKILL) and reported as "timeout after ..." or "canceled";
//   - let a container swap: Memory and MemorySwap are set equal, and a
//     container killed by the OOM killer is reported as "out of memory";
//   - panic the daemon: a container that exits non-zero, is killed or runs
//     out of memory is a Result, not an error, and Run recovers panics.
//
// Containers run as the image's user (often root inside the container), with
// no-new-privileges and Docker's default capability set and seccomp profile.
// Files a root container writes under /outputs are therefore owned by root
// on the host; a node that must not have that should run the engine rootless
// or in userns-remap mode.
//
// GPUs: Job.GPUs are host device indices. Without Job.RealGPUs nothing is
// passed through: the job sees CUDA_VISIBLE_DEVICES set to those indices
// (for simulated GPUs) and NVIDIA_VISIBLE_DEVICES=void so that an NVIDIA
// container runtime exposes nothing. With RealGPUs the devices are requested
// from the "nvidia" device driver, NVIDIA_VISIBLE_DEVICES names the host
// indices, and CUDA_VISIBLE_DEVICES counts from 0, as the container sees
// them.
package docker
