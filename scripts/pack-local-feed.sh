#!/usr/bin/env bash
# Packs the four layers (Directus.Domain, Directus.Application, Directus.Infrastructure, Directus.Api) in Release into
# the local feed artifacts/feed/, for a host that mounts the server from packages (samples/Directus.SampleBackend).
#
# Every run gets its own pre-release version, <VersionPrefix>-local.<UTC yyyyMMddHHmmss>: NuGet's global packages
# folder keeps a package once restored and never looks at a changed package of the same version again, so a fixed
# version would serve a stale build. Older -local. versions of the four packages are removed from the feed and from
# the global packages folder. The version is written to artifacts/feed/Directus.Packages.props as the MSBuild
# property DirectusPackageVersion, which the sample imports.
#
# Usage: scripts/pack-local-feed.sh [dotnet options]   (from any folder; needs only the .NET SDK; root or not)
# Options go to dotnet build and dotnet pack, e.g. -p:RepositoryUrl=https://example.org/directus-csharp.git
# Prints the feed folder and the version on its last two lines.
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."
root="$PWD"
feed="$root/artifacts/feed"
# The pack's own bin/ and obj/ (dotnet --artifacts-path), apart from the projects' bin/ and obj/ that dotnet build,
# run and test use: a pack with another version never rewrites a server build that is running or being tested.
build="$root/artifacts/pack-build"
packages=(Directus.Domain Directus.Application Directus.Infrastructure Directus.Api)

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

mkdir -p "$feed"
# Two runs at once (two terminals, two test runs) take turns: each sees its own packages through to the props file.
exec 9>"$root/artifacts/.pack-local-feed.lock"
flock 9

prefix=$(sed -n 's:.*<VersionPrefix>\(.*\)</VersionPrefix>.*:\1:p' Directory.Build.props | head -n 1)
[ -n "$prefix" ] || { echo "no <VersionPrefix> in Directory.Build.props" >&2; exit 1; }
version="$prefix-local.$(date -u +%Y%m%d%H%M%S)"
# A run within the same second as the previous one (possible only after it finished: the lock) waits for the next.
while compgen -G "$feed/Directus.Api.$version.nupkg" >/dev/null; do
  sleep 0.2
  version="$prefix-local.$(date -u +%Y%m%d%H%M%S)"
done

properties=(-c Release --artifacts-path "$build" "-p:Version=$version" -nologo "$@")
# Directus.Api references the other three: one build makes all four, then each is packed from that build.
dotnet build Directus.Api/Directus.Api.csproj "${properties[@]}" -v minimal
for package in "${packages[@]}"; do
  dotnet pack "$package/$package.csproj" "${properties[@]}" --no-build -v quiet -o "$feed"
done

# Older local versions: in the feed, and in the global packages folder (NUGET_PACKAGES, or ~/.nuget/packages).
global_packages=$(dotnet nuget locals global-packages --list | sed -n 's/^global-packages: *//p' | head -n 1)
lower_version=$(printf '%s' "$version" | tr '[:upper:]' '[:lower:]')
for package in "${packages[@]}"; do
  for old in "$feed/$package".*-local.*.nupkg; do
    if [ -e "$old" ] && [ "$old" != "$feed/$package.$version.nupkg" ]; then
      rm -f -- "$old"
    fi
  done
  id=$(printf '%s' "$package" | tr '[:upper:]' '[:lower:]')
  for old in "$global_packages/$id"/*-local.*; do
    if [ -n "$global_packages" ] && [ -d "$old" ] && [ "$(basename "$old")" != "$lower_version" ]; then
      rm -rf -- "$old"
    fi
  done
done

cat >"$feed/Directus.Packages.props.tmp" <<EOF
<Project>
  <!-- Written by scripts/pack-local-feed.sh: the version of the Directus packages in this feed. -->
  <PropertyGroup>
    <DirectusPackageVersion>$version</DirectusPackageVersion>
  </PropertyGroup>
</Project>
EOF
mv -f "$feed/Directus.Packages.props.tmp" "$feed/Directus.Packages.props"

echo "feed: $feed"
echo "version: $version"
