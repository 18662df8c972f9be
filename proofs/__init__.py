"""What we prove and how: obligations, engines, witnesses, reports and the command line."""
