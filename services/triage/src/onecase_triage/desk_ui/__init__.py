"""The desk in a browser under `/ui/`: server-rendered pages over one small gateway to triage."""
