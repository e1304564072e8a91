import whatweknow


def test_public_api_is_sorted_and_complete():
    assert whatweknow.__all__ == sorted(whatweknow.__all__)
    for name in whatweknow.__all__:
        assert hasattr(whatweknow, name), name
