. "$(dirname "$0")/../_shared/stages.sh"
