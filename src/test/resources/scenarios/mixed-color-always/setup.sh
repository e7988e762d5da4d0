. "$(dirname "$0")/../_shared/mixed.sh"
