#!/bin/sh
# Creates the bare app repository with zkdeploy's post-receive hook (once),
# then serves /srv/git with git daemon (push enabled, for the demo only).
set -eu
repo=/srv/git/app.git
if [ ! -d "$repo" ]; then
  git init --bare -q -b main "$repo"
  zkdeploy install-hook --repo "$repo" --url "${ZKDEPLOY_REPO_URL:?}" --path "${ZKDEPLOY_DEPLOY_PATH:-app}" --branch main
fi
exec git daemon --reuseaddr --export-all --enable=receive-pack --base-path=/srv/git /srv/git
