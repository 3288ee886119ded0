# Production image of the judge worker for GPU hosts: CUDA base, Node 20, and
# @tensorflow/tfjs-node-gpu as the reference implementations' backend (the judge picks the
# backend at start-up: tensorflow (GPU) -> tensorflow (CPU) -> wasm -> cpu).
# Needs a registry and the libtensorflow download of tfjs-node-gpu: it cannot be built on the
# offline development machines.
#
# tfjs-node-gpu 4.22 links libtensorflow 2.9.1, built for CUDA 11.2 + cuDNN 8; CUDA 11.8 keeps
# the same sonames. The host needs the NVIDIA driver and the NVIDIA Container Toolkit.
#   docker build -f docker/judge-gpu.Dockerfile -t mljudge-judge-gpu .
#   docker run --gpus all --env-file .env -e JUDGE_GPUS=all \
#     -v /var/run/docker.sock:/var/run/docker.sock \
#     -v "$PWD/docker/.images.json:/app/docker/.images.json:ro" mljudge-judge-gpu
# (or --runtime=nvidia with NVIDIA_VISIBLE_DEVICES=all on engines configured that way).
# Sandbox containers get GPUs separately, through DeviceRequests, only for GPU-eligible questions.
ARG CUDA_IMAGE=nvidia/cuda:11.8.0-cudnn8-runtime-ubuntu22.04
ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS node

FROM ${CUDA_IMAGE} AS build
COPY --from=node /usr/local/bin/node /usr/local/bin/node
COPY --from=node /usr/local/lib/node_modules /usr/local/lib/node_modules
RUN ln -s /usr/local/lib/node_modules/npm/bin/npm-cli.js /usr/local/bin/npm \
 && ln -s /usr/local/lib/node_modules/npm/bin/npx-cli.js /usr/local/bin/npx \
 && apt-get update && apt-get install -y --no-install-recommends python3 make g++ ca-certificates \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
# Its install script downloads libtensorflow (GPU build).
RUN npm install --no-save @tensorflow/tfjs-node-gpu@4.22.0
COPY . .
RUN npx prisma generate && npm run build && npm prune --omit=dev \
 && npm install --no-save @tensorflow/tfjs-node-gpu@4.22.0

FROM ${CUDA_IMAGE}
COPY --from=node /usr/local/bin/node /usr/local/bin/node
ENV NODE_ENV=production NVIDIA_VISIBLE_DEVICES=all NVIDIA_DRIVER_CAPABILITIES=compute,utility
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/prisma ./prisma
CMD ["node", "dist/apps/judge/src/main.js"]
