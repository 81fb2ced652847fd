# visitbot as a static binary in a minimal, non-root image.
#   docker build -t visitbot .
#   docker run --env-file .env -p 8080:8080 -e VISITBOT_HTTP_ADDR=0.0.0.0:8080 visitbot http
# Alerts keep their database in VISITBOT_DATA; mount a volume there:
#   docker run --env-file .env -v visitbot-data:/data -e VISITBOT_DATA=/data visitbot run
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /visitbot ./cmd/visitbot
RUN mkdir /data

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /visitbot /visitbot
# An empty /data owned by the nonroot user, so that a volume mounted there is writable.
COPY --from=build --chown=65532:65532 /data /data
USER nonroot:nonroot
EXPOSE 8080
ENTRYPOINT ["/visitbot"]
CMD ["http"]
