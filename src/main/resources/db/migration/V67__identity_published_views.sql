-- module: identity
-- Identity's published read view of accounts: who an account is (username, name shown, role, enabled), never
-- its password, bindings or sign-in state. Medical reads drivers through it when planning shifts.
create view account_directory as
select id, username, display_name, role, enabled
from app_user;
