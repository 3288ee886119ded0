# Production image of the judge worker (apps/judge), CPU only.
# Needs a registry (node base image, npm): it cannot be built on the offline development machines.
#
# The judge starts sandbox containers through the host's Docker engine, so it runs with the
# engine's socket mounted; the sandbox runtime images (mljudge-python, mljudge-node) must exist on
# that engine (`npm run images:build` on the host) and docker/.images.json is mounted read-only
# so the judge uses exactly the tags built there.
#   docker build -f docker/judge.Dockerfile -t mljudge-judge .
#   docker run --env-file .env \
#     -v /var/run/docker.sock:/var/run/docker.sock \
#     -v "$PWD/docker/.images.json:/app/docker/.images.json:ro" mljudge-judge
ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npx prisma generate && npm run build && npm prune --omit=dev

FROM ${NODE_IMAGE}
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/prisma ./prisma
# Access to the Docker socket is root-equivalent on the host: run the judge on a host (or a
# dedicated engine) that serves nothing else. It stays root inside so it can use the socket.
CMD ["node", "dist/apps/judge/src/main.js"]
