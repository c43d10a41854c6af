#!/usr/bin/env bash
# Usage: wordpress-up.sh RUN_DIR PORT
# Starts a REAL WordPress 6.5 (SQLite database integration) on Debian's PHP built-in server
# at 127.0.0.1:PORT, with a fresh site folder and database in RUN_DIR. Both come from the npm
# package @wp-playground/wordpress-builds, unpacked once into
# $GALLEY_BACKENDS_CACHE/wordpress (default ~/.cache/galley-backends/wordpress).
# On success writes RUN_DIR/app-password.txt ("admin:<application password>") and
# RUN_DIR/php.pid; PHP runs in its own process group (setsid) with its workers, so
# `kill -TERM -- -PID` stops them all.
# Needs (Debian): php-cli php-sqlite3 php-zip php-gd php-xml php-mbstring php-curl php-intl.
set -euo pipefail
RUN=${1:?run dir}; PORT=${2:?port}; URL="http://127.0.0.1:$PORT"
BUILDS_VERSION=${WP_BUILDS_VERSION:-0.9.19}; WP_ZIP=${WP_ZIP:-wp-6.5.zip}
CACHE=${GALLEY_BACKENDS_CACHE:-$HOME/.cache/galley-backends}/wordpress
mkdir -p "$CACHE" "$RUN"; RUN=$(cd "$RUN" && pwd)
log() { echo "[wordpress] $*"; }
command -v php >/dev/null || { echo "PHP is missing: apt-get install -y --no-install-recommends php-cli php-sqlite3 php-zip php-gd php-xml php-mbstring php-curl php-intl" >&2; exit 1; }

exec 9>"$CACHE/.lock"; flock 9
STAMP="$CACHE/installed-$BUILDS_VERSION-$WP_ZIP"
if [ ! -f "$STAMP" ]; then
  log "unpacking WordPress from @wp-playground/wordpress-builds@$BUILDS_VERSION into $CACHE (first run only)"
  rm -rf "$CACHE/builds" "$CACHE/site"; mkdir -p "$CACHE/builds"
  (cd "$CACHE/builds" && npm pack --silent "@wp-playground/wordpress-builds@$BUILDS_VERSION" >/dev/null && tar xzf ./*.tgz && rm ./*.tgz)
  php -r '$z=new ZipArchive; $z->open($argv[1]) && $z->extractTo($argv[2]) or exit(1); $z->open($argv[3]) && $z->extractTo($argv[4]) or exit(1);' \
    "$CACHE/builds/package/src/wordpress/$WP_ZIP" "$CACHE/site" \
    "$CACHE/builds/package/src/sqlite-database-integration/sqlite-database-integration.zip" "$CACHE/site/wp-content/plugins"
  mv "$CACHE/site/wp-content/plugins/sqlite-database-integration-main" "$CACHE/site/wp-content/plugins/sqlite-database-integration"
  cp "$CACHE/site/wp-content/plugins/sqlite-database-integration/db.copy" "$CACHE/site/wp-content/db.php"
  rm -rf "$CACHE/builds"
  touch "$STAMP"
fi
flock -u 9

# A fresh site per run: WordPress writes uploads (and its SQLite file) under the site.
rm -rf "$RUN/site" "$RUN/db"; cp -a "$CACHE/site" "$RUN/site"; mkdir -p "$RUN/db" "$RUN/site/wp-content/uploads"
SALTS=$(php -r 'foreach(["AUTH_KEY","SECURE_AUTH_KEY","LOGGED_IN_KEY","NONCE_KEY","AUTH_SALT","SECURE_AUTH_SALT","LOGGED_IN_SALT","NONCE_SALT"] as $k) echo "define(\x27$k\x27, \x27".bin2hex(random_bytes(32))."\x27);\n";')
cat > "$RUN/site/wp-config.php" <<PHP
<?php
define('DB_NAME', 'wordpress'); define('DB_USER', ''); define('DB_PASSWORD', ''); define('DB_HOST', '');
define('DB_CHARSET', 'utf8mb4'); define('DB_COLLATE', '');
define('DB_DIR', '$RUN/db/'); define('DB_FILE', 'wordpress.sqlite');
$SALTS
\$table_prefix = 'wp_';
define('WP_HOME', '$URL'); define('WP_SITEURL', '$URL');
define('WP_ENVIRONMENT_TYPE', 'local');      // application passwords over plain HTTP
define('DISABLE_WP_CRON', true); define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);      // offline: no calls to api.wordpress.org
define('FS_METHOD', 'direct');
define('WP_DEBUG', true); define('WP_DEBUG_DISPLAY', false); define('WP_DEBUG_LOG', '$RUN/wp-debug.log');
if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
PHP
# php -S serves files itself; everything else goes to WordPress's front controller.
cat > "$RUN/router.php" <<'PHP'
<?php
$root = $_SERVER['DOCUMENT_ROOT']; $path = urldecode(parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH));
if ($path !== '/' && is_file($root . $path)) return false;
if (is_dir($root . $path) && is_file(rtrim($root . $path, '/') . '/index.php')) return false;
$_SERVER['SCRIPT_NAME'] = '/index.php'; $_SERVER['SCRIPT_FILENAME'] = $root . '/index.php';
require $root . '/index.php';
PHP

T=$SECONDS
(cd "$RUN" && PHP_CLI_SERVER_WORKERS=${WP_WORKERS:-4} exec setsid php -d upload_max_filesize=64M -d post_max_size=64M -d memory_limit=256M \
  -S "127.0.0.1:$PORT" -t "$RUN/site" "$RUN/router.php" > "$RUN/php-server.log" 2>&1) &
echo $! > "$RUN/php.pid"
PID=$(cat "$RUN/php.pid")
trap 'kill -TERM -- -$PID 2>/dev/null || true' ERR
for _ in $(seq 1 120); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$URL/wp-admin/install.php")" = 200 ] && break
  kill -0 "$PID" 2>/dev/null || { cat "$RUN/php-server.log"; false; }
  sleep 0.25
done
curl -sf -X POST "$URL/wp-admin/install.php?step=2" --data-urlencode 'weblog_title=Galley integration' --data-urlencode 'user_name=admin' \
  --data-urlencode 'admin_password=Adm1n-Pass-2024!x' --data-urlencode 'admin_password2=Adm1n-Pass-2024!x' \
  --data-urlencode 'admin_email=admin@example.com' --data-urlencode 'blog_public=0' -o "$RUN/install.html"
grep -q 'Success!' "$RUN/install.html" || { echo 'WordPress install failed' >&2; false; }
cat > "$RUN/wp-setup.php" <<PHP
<?php
\$_SERVER['HTTP_HOST'] = '127.0.0.1:$PORT'; \$_SERVER['REQUEST_URI'] = '/';
require '$RUN/site/wp-load.php';
update_option('permalink_structure', '/%postname%/'); flush_rewrite_rules(false);
// An author who may write posts but not upload: the "not allowed" case of Test connection.
\$author = wp_insert_user(['user_login' => 'contributor', 'user_pass' => 'Contr1b-Pass-2024!x', 'user_email' => 'contributor@example.com', 'role' => 'contributor']);
[\$pw] = WP_Application_Passwords::create_new_application_password(get_user_by('login', 'admin')->ID, ['name' => 'galley']);
[\$cpw] = WP_Application_Passwords::create_new_application_password(\$author, ['name' => 'galley']);
file_put_contents('$RUN/contributor-password.txt', 'contributor:' . \$cpw);
echo 'admin:' . \$pw;
PHP
php "$RUN/wp-setup.php" > "$RUN/app-password.txt"
log "ready at $URL in $((SECONDS - T)) s (process group $PID)"
