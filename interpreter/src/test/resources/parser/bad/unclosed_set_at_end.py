if x:
    unittest.main{ ()

