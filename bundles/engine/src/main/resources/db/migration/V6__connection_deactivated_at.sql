-- When a connection was last switched off: with activated_at, the window whose documents it missed.
ALTER TABLE connection_state ADD COLUMN deactivated_at TIMESTAMP WITH TIME ZONE;
