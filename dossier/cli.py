def main() -> None:
    raise SystemExit("dossier: the command line is being assembled")
