// Package docker runs skyops jobs as Docker containers, through the Docker
// Engine API (never the docker CLI). It is the runtime for jobs that need a
// full Linux userland or real GPUs; a node advertises it only when a Docker
// engine answers (see Available), and otherwise runs wasm jobs alone.
//
// A job names an image pinned to a digest (types.ParseImageRef). One pinned
// to a registry manifest (repo[:tag]@sha256:…) that the engine lacks is
// pulled by that digest, anonymously or with the job's credentials
// (Job.RegistryAuth), within a timeout (PullTimeout), and must then carry
// that digest in its RepoDigests; a pull that fails is ErrPull (this node's
// trouble as far as it can tell: the executor gives the attempt back, and
// the network fails the job once enough distinct nodes did). A local image
// ID (sha256:…) or any other name is never pulled: it must be here
// (ErrImageMissing). Nodes advertise the images they hold, pulled ones by
// digest (see Runtime.Images). The container sees the image's filesystem, argv
// and environment from the Job, and at most three host directories: the
// job's inputs at /inputs (read-only), its outputs at /outputs and its
// checkpoints at /checkpoint (both read-write).
//
// What the runtime must never do, whatever the image contains:
//   - pull anything but the job's pinned digest, or run an image whose
//     digest is not the pinned one: a tag is never resolved here, so a
//     registry cannot move what a signed spec runs;
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
