# Sandbox runtime for Python with PyTorch on CUDA, for GPU-eligible questions on GPU hosts.
# Same harness, user and layout as the offline-built CPU image (docker/runtimes/python), so the
# judge's runner treats both alike. Needs a registry: not buildable on the offline dev machines.
#   docker build -f docker/runtime-python-gpu.Dockerfile -t mljudge-python-gpu:latest docker/runtimes/python
# The judge uses it when a run is given GPUs (runInSandbox({ runtime: 'python', gpus: {...} })),
# which adds a DeviceRequest for the NVIDIA runtime; nothing else about the sandbox changes
# (no network, read-only root, tmpfs work folder, user 10001, all capabilities dropped).
ARG TORCH_IMAGE=pytorch/pytorch:2.4.1-cuda12.1-cudnn9-runtime
FROM ${TORCH_IMAGE}
RUN pip install --no-cache-dir "numpy<2" \
 && groupadd --gid 10001 sandbox \
 && useradd --uid 10001 --gid 10001 --no-create-home --home-dir /sandbox --shell /usr/sbin/nologin sandbox \
 && mkdir -p /opt/harness /sandbox \
 && ln -sf "$(command -v python)" /usr/local/bin/python3
COPY harness.py /opt/harness/harness.py
ENV HOME=/sandbox LANG=C.UTF-8 PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PYTHONNOUSERSITE=1 \
    NVIDIA_VISIBLE_DEVICES=all NVIDIA_DRIVER_CAPABILITIES=compute,utility
WORKDIR /sandbox
USER 10001:10001
CMD ["python3", "-I", "/opt/harness/harness.py"]
