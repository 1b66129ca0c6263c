#!/usr/bin/env bash
# GPU benchmark at the paper's settings (512 px, batch 8) on the SD-2.1-base-shaped random model, for a CUDA
# machine without internet. Prints crossinit-bench's table twice: default settings, then --low_memory.
#
# 1. On a machine with internet, from the repo root, fetch the wheels the GPU image lacks into .whl/:
#      tools/gpu_bench.sh --download
#    (diffusers 0.42.1, fastcore 1.14.5, accelerate and psutil for the code;
#     the GPU image must already have torch, transformers, tokenizers, safetensors, huggingface_hub, numpy,
#     pillow, matplotlib, tqdm, regex, requests.)
# 2. Copy the repo (with .whl/) to the GPU machine and run, from the repo root:
#      tools/gpu_bench.sh [OUT_DIR]
#    It writes bench.json and bench_lowmem.json to OUT_DIR (default: .) and takes a few minutes on an H100.
set -euo pipefail
cd "$(dirname "$0")/.."
WHEELS=(diffusers==0.42.1 fastcore==1.14.5 accelerate psutil)
if [ "${1:-}" = "--download" ]; then
  python3 -m pip download --no-deps --only-binary=:all: --python-version 3.12 --implementation cp \
    --platform manylinux_2_28_x86_64 --platform manylinux2014_x86_64 -d .whl "${WHEELS[@]}"
  exit 0
fi
out="${1:-.}"; mkdir -p "$out"
python3 -m pip install -q --no-index --no-deps --no-compile --upgrade --target /tmp/crossinit-site .whl/*.whl
export PYTHONPATH="/tmp/crossinit-site:$PWD${PYTHONPATH:+:$PYTHONPATH}" CROSSINIT_CACHE="${CROSSINIT_CACHE:-/tmp/crossinit-cache}" PYTHONUNBUFFERED=1
nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader 2>/dev/null || true
# MODEL=tiny DEVICE=cpu tools/gpu_bench.sh checks the script itself on any machine.
model="${MODEL:-sd21-random}" device="${DEVICE:-cuda}"
python3 -c "from crossinit.bench import bench_cli; bench_cli()" --model "$model" --device "$device" --batch-size 8 --resolution 512 --steps 10 --warmup 2 --precision auto --json "$out/bench.json"
python3 -c "from crossinit.bench import bench_cli; bench_cli()" --model "$model" --device "$device" --batch-size 8 --resolution 512 --steps 5 --warmup 1 --precision auto --low-memory --json "$out/bench_lowmem.json"
